import type { Instance } from '../lib/directory/schema';
import { t } from '../lib/i18n/t';
import type { MessageKey } from '../lib/i18n/t';

const ENV_WORDS: Record<Instance['environment'], MessageKey> = {
  production: 'envProduction',
  test: 'envTest',
  staging: 'envStaging',
  sandbox: 'envSandbox',
  development: 'envDevelopment',
};

export interface OrgOptionProps {
  org: Instance;
  id: string;
  position: number;
  setSize: number;
  isActive: boolean;
  isCurrent: boolean;
  isLastUsed: boolean;
  onPick: (org: Instance, where: 'current' | 'new') => void;
  onHover: () => void;
}

/** One org in the listbox: name, `+` login, environment badge, primary/current/last-used marks. */
export function OrgOption(props: OrgOptionProps) {
  const { org, isActive } = props;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={isActive}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      class={`org${isActive ? ' org--active' : ''}`}
      style={org.colour ? { borderInlineStartColor: org.colour } : undefined}
      onClick={(event) => props.onPick(org, event.ctrlKey || event.metaKey ? 'new' : 'current')}
      onAuxClick={(event) => event.button === 1 && props.onPick(org, 'new')}
      onMouseMove={props.onHover}
    >
      <span class="org__name">{org.name}</span>
      <span class="org__login">{org.loginEmail}</span>
      <span class="org__badges">
        <span class={`badge badge--${org.environment}`}>{t(ENV_WORDS[org.environment])}</span>
        {org.isPrimary && <span class="badge badge--primary">{t('badgePrimary')}</span>}
        {props.isCurrent && <span class="badge badge--current">{t('badgeCurrent')}</span>}
        {props.isLastUsed && <span class="badge badge--last">{t('badgeLastUsed')}</span>}
      </span>
    </li>
  );
}
