import type { PopupOrg } from '../lib/messaging/protocol';
import { t } from '../lib/i18n/t';

import { ENV_WORDS } from '../lib/popup/words';

export interface OrgOptionProps {
  org: PopupOrg;
  id: string;
  position: number;
  setSize: number;
  isActive: boolean;
  /** The org the browser is signed in to ("You are here"). */
  isCurrent: boolean;
  /** Pinned in the popup (listed first). */
  isPinned?: boolean;
  /** "Saved session · 5 min ago", "Needs an alias login"… */
  status?: string | null;
  /** "used 5 min ago", when the org was opened before. */
  usedAgo: string | null;
  onPick: (org: PopupOrg, where: 'current' | 'new') => void;
  onHover: () => void;
}

/**
 * One org in the listbox. The name is the strongest text, then the `+` login, then the badges:
 * environment, primary, "You are here" (an icon and words, not colour alone) and recent use.
 */
export function OrgOption(props: OrgOptionProps) {
  const { org, isActive } = props;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={isActive}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      class={`org${isActive ? ' org--active' : ''}${props.isCurrent ? ' org--current' : ''}`}
      style={org.colour ? { borderInlineStartColor: org.colour } : undefined}
      onClick={(event) => props.onPick(org, event.ctrlKey || event.metaKey ? 'new' : 'current')}
      onAuxClick={(event) => event.button === 1 && props.onPick(org, 'new')}
      onMouseMove={props.onHover}
    >
      <bdi class="org__name">{org.name}</bdi>
      <bdi class="org__login">{org.loginEmail}</bdi>
      <span class="org__badges">
        <span class={`badge badge--${org.environment}`}>{t(ENV_WORDS[org.environment])}</span>
        {org.isPrimary && <span class="badge badge--primary">{t('badgePrimary')}</span>}
        {props.isPinned && <span class="badge badge--pinned">{t('badgePinned')}</span>}
        {props.isCurrent && (
          <span class="badge badge--here">
            <svg class="badge__icon" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M8 1a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z" />
            </svg>
            {t('badgeYouAreHere')}
          </span>
        )}
        {props.usedAgo && <span class="org__used">{props.usedAgo}</span>}
      </span>
      {props.status && <span class="org__status">{props.status}</span>}
    </li>
  );
}
