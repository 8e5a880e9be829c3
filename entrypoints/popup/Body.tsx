import { useEffect } from 'preact/hooks';
import { canListOrgs } from '../../lib/instances/can-list-orgs';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { t } from '../../lib/i18n/t';
import { listAge } from '../../lib/popup/org-list';
import type { AgeUnit } from '../../lib/popup/org-list';
import { OrgPicker } from './OrgPicker';
import { usePins } from './use-pins';
import { useKeptPage } from './use-kept-page';
import { useSessionStatus } from './use-session-status';
import { canForgetSession, sessionStatus } from '../../lib/popup/session-status';
import type { SessionFacts } from '../../lib/popup/session-status';
import type { PopupState } from './use-popup-state';
import { lazyComponent } from './lazy';
import { ReadyBanners } from './lazy-parts';
import { isPlainList } from '../../lib/popup/first-state';

const AGE_WORDS = {
  now: 'popupAgeJustNow',
  minutes: 'popupAgeMinutes',
  hours: 'popupAgeHours',
  days: 'popupAgeDays',
} as const;

export function sayAge(unit: AgeUnit, count: number): string {
  return t(AGE_WORDS[unit], String(count));
}

/** "Saved session · 5 min ago", "Needs an alias login", "You are signed in here · 2 Outreach tabs". */
export function saySession(orgId: string, facts: SessionFacts): string {
  const status = sessionStatus(orgId, facts);
  if (status.kind === 'alias-login') return t('popupSessionAlias');
  if (status.kind === 'here') return t('popupSessionHere', String(status.tabs));
  if (status.kind === 'container') return t('popupSessionContainer', String(status.tabs));
  const { unit, count } = listAge(status.savedAt, Date.now());
  return t('popupSessionSaved', sayAge(unit, count));
}

/** "used 5 min ago". */
export function sayUsed(at: number): string {
  const { unit, count } = listAge(at, Date.now());
  return t('popupUsedAgo', sayAge(unit, count));
}

export interface BodyProps {
  state: ShownView;
  popup: PopupState;
}

/** The orgs whenever a usable list is there; the other states' panels load on demand. */
export function Body({ state, popup }: BodyProps) {
  return canListOrgs(state.phase, state.group) ? (
    <Ready state={state} popup={popup} />
  ) : (
    <StateBody state={state} popup={popup} />
  );
}

/** A state's words and its one action (signed out, signing in, errors…): not the list's first screen. */
const StateBody = lazyComponent(() => import('./StateBody').then((module) => module.StateBody));

function Ready({ state, popup }: BodyProps) {
  const group = state.group!;
  const pins = usePins();
  const sessions = useSessionStatus();
  const keptPage = useKeptPage();
  const { live } = popup;
  const facts = sessions.facts;
  // The next open's first paint: this list as the background gave it, with its pins and status.
  useEffect(() => {
    if (!live || !isPlainList(live)) return;
    const status = facts ? (org: { orgId: string }) => saySession(org.orgId, facts) : undefined;
    const askedAt = Date.now();
    void import('./paint').then(({ rememberFirstScreen }) =>
      rememberFirstScreen(live, { pinned: pins.pinned, status }, askedAt),
    );
  }, [live, pins.pinned, facts]);
  return (
    <>
      <ReadyBanners state={state} popup={popup} />
      <OrgPicker
        instances={group.instances}
        usage={state.usage}
        currentOrgId={state.currentOrgId ?? null}
        isBusy={popup.busy === 'open'}
        sayUsed={sayUsed}
        onOpen={popup.open}
        initialQuery={popup.paintedQuery}
        pinned={pins.pinned}
        onTogglePin={pins.toggle}
        keptPage={keptPage}
        sayStatus={sessions.facts ? (org) => saySession(org.orgId, sessions.facts!) : undefined}
        onForgetSession={(org) =>
          sessions.facts && canForgetSession(org.orgId, sessions.facts) ? () => sessions.forget(org) : null
        }
      />
    </>
  );
}
