import { useEffect } from 'preact/hooks';
import { canListOrgs } from '../../lib/instances/can-list-orgs';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { saySession, sayUsed } from '../../lib/popup/words';
import { OrgPicker } from './OrgPicker';
import { usePins } from './use-pins';
import { useKeptPage } from './use-kept-page';
import { useSessionStatus } from './use-session-status';
import { canForgetSession } from '../../lib/popup/session-status';
import type { PopupState } from './use-popup-state';
import { lazyComponent } from './lazy';
import { ReadyBanners } from './lazy-parts';
import { isPlainList } from '../../lib/popup/first-state';

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
