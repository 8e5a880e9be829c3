import { Banner, StatePanel } from '../../components/StatePanel';
import { canListOrgs } from '../../lib/instances/derive-phase';
import type { PopupView } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/t';
import { formatAge, listAge } from '../../lib/popup/org-list';
import type { AgeUnit } from '../../lib/popup/org-list';
import { OrgOfferPanel } from '../../components/OrgOfferPanel';
import { OrgPicker } from './OrgPicker';
import { usePins } from './use-pins';
import { useKeptPage } from './use-kept-page';
import { useSessionStatus } from './use-session-status';
import { useListChange } from './use-list-change';
import { sayListChange } from '../../lib/popup/list-change';
import { sessionStatus } from '../../lib/popup/session-status';
import type { SessionFacts } from '../../lib/popup/session-status';
import type { PopupState } from './use-popup-state';

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
function saySession(orgId: string, facts: SessionFacts): string {
  const status = sessionStatus(orgId, facts);
  if (status.kind === 'alias-login') return t('popupSessionAlias');
  if (status.kind === 'here') return t('popupSessionHere', String(status.tabs));
  const { unit, count } = listAge(status.savedAt, Date.now());
  return t('popupSessionSaved', sayAge(unit, count));
}

/** "used 5 min ago". */
export function sayUsed(at: number): string {
  const { unit, count } = listAge(at, Date.now());
  return t('popupUsedAgo', sayAge(unit, count));
}

interface BodyProps {
  state: PopupView;
  popup: PopupState;
}

/** The state's words and its one action, or the orgs (a cached list is shown whenever usable). */
export function Body({ state, popup }: BodyProps) {
  if (canListOrgs(state.phase, state.group)) return <Ready state={state} popup={popup} />;
  const isBusy = popup.busy !== null;
  switch (state.phase) {
    case 'signed-out':
      return (
        <StatePanel
          title={t('stateSignedOutTitle')}
          body={
            isRealError(state)
              ? state.error!.message
              : t(isPages(state) ? 'statePagesSignedOutBody' : 'stateSignedOutBody')
          }
          tone={isRealError(state) ? 'error' : 'info'}
          action={{
            label: t(isPages(state) ? 'statePagesSignInAction' : 'stateSignInAction'),
            onClick: popup.signIn,
            isBusy,
          }}
        />
      );
    case 'signing-in':
      return (
        <StatePanel
          title={t('stateSigningInTitle')}
          body={t(isPages(state) ? 'statePagesSigningInBody' : 'stateSigningInBody')}
          isWorking
          secondary={{ label: t('popupCancel'), onClick: popup.cancelSignIn }}
        />
      );
    case 'list-offered':
      return (
        <OrgOfferPanel
          offer={state.orgOffer!}
          isBusy={isBusy}
          onSave={popup.acceptOrgs}
          onDismiss={popup.dismissOrgs}
        />
      );
    case 'not-admin':
      return (
        <StatePanel
          title={t('stateNotAdminTitle')}
          body={t('stateNotAdminBody', state.rootEmail ?? '')}
          tone="warning"
          action={{ label: t('stateNotAdminAction'), onClick: popup.signOut, isBusy }}
        />
      );
    case 'not-enabled':
      return <NotEnabled state={state} popup={popup} />;
    case 'session-expired':
      return (
        <StatePanel
          title={t('stateExpiredTitle')}
          body={t('stateExpiredNoListBody')}
          tone="warning"
          action={{ label: t('stateExpiredAction'), onClick: popup.signIn, isBusy }}
        />
      );
    case 'error':
      return (
        <StatePanel
          title={t('stateErrorTitle')}
          body={state.error?.message}
          tone="error"
          action={{ label: t('stateRetryAction'), onClick: popup.refresh, isBusy }}
        />
      );
    default:
      return state.source === 'manual' ? (
        <StatePanel
          title={t('stateEmptyTitle')}
          body={t('stateEmptyManualBody')}
          action={{ label: t('stateEmptyManualAction'), onClick: () => popup.openOptions('instances') }}
        />
      ) : (
        <StatePanel title={t('stateEmptyTitle')} body={t('stateEmptyBody')} />
      );
  }
}

/** The root signs in on Outreach's own pages (no OpenID client). */
function isPages(state: PopupView): boolean {
  return state.signInKind === 'outreach-pages';
}

const isSwitchError = (state: PopupView) =>
  state.error?.kind === 'switch-failed' || state.error?.kind === 'switch-unconfirmed';

/** A cancelled sign-in is the person's own choice, not a failure to show in red. */
function isRealError(state: PopupView): boolean {
  return Boolean(state.error && state.error.kind !== 'cancelled');
}

function NotEnabled({ state, popup }: BodyProps) {
  const isRequested = state.group?.crossInstanceSso === 'requested';
  return isRequested ? (
    <StatePanel
      title={t('stateRequestedTitle')}
      body={t('stateRequestedBody')}
      action={{ label: t('stateRequestedAction'), onClick: popup.refresh, isBusy: popup.busy !== null }}
      secondary={{ label: t('stateRequestedSecondary'), onClick: () => popup.openOptions('org-info') }}
    />
  ) : (
    <StatePanel
      title={t('stateNotEnabledTitle')}
      body={t('stateNotEnabledBody')}
      tone="warning"
      action={{ label: t('stateNotEnabledAction'), onClick: () => popup.openOptions('request') }}
    />
  );
}

/** The banner a sign-in state puts above a usable cached list. */
function SessionBanner({ state, popup }: BodyProps) {
  if (state.source !== 'directory') return null;
  if (state.phase === 'signing-in') {
    return (
      <Banner tone="info" action={{ label: t('popupCancel'), onClick: popup.cancelSignIn }}>
        {t('stateSigningInTitle')}
      </Banner>
    );
  }
  if (state.phase === 'session-expired') {
    return (
      <Banner action={{ label: t('stateExpiredAction'), onClick: popup.signIn }}>{t('bannerExpired')}</Banner>
    );
  }
  if (state.phase === 'signed-out') {
    return (
      <Banner tone="info" action={{ label: t('stateSignInAction'), onClick: popup.signIn }}>
        {t('bannerSignedOut')}
      </Banner>
    );
  }
  return null;
}

function Ready({ state, popup }: BodyProps) {
  const group = state.group!;
  const pins = usePins();
  const sessions = useSessionStatus();
  const keptPage = useKeptPage();
  const change = useListChange(group.instances);
  const dropped = group.droppedCount;
  const isListError = state.error && !isSwitchError(state) && state.error.kind !== 'cancelled';
  const isSessionError = state.phase === 'session-expired' || state.phase === 'signed-out';
  return (
    <>
      <SessionBanner state={state} popup={popup} />
      {state.cacheWarning && <Banner>{state.cacheWarning}</Banner>}
      {change && <Banner>{sayListChange(change, (key, count) => t(key, String(count)))}</Banner>}
      {isSwitchError(state) && (
        <Banner
          tone={state.error!.kind === 'switch-failed' ? 'error' : 'warning'}
          action={
            state.pageReport
              ? { label: t('copyPageReportAction'), onClick: () => popup.copyPageReport(state.pageReport!) }
              : undefined
          }
        >
          {state.error!.message}
        </Banner>
      )}
      {popup.copied && <Banner>{t('pageReportCopied')}</Banner>}
      {isListError && !isSessionError && (
        <Banner tone="error" action={{ label: t('stateRetryAction'), onClick: popup.refresh }}>
          {t('bannerRefreshFailed', [state.error!.message, formatAge(group.fetchedAt, Date.now(), sayAge)])}
        </Banner>
      )}
      {dropped > 0 && (
        <Banner action={{ label: t('bannerDroppedAction'), onClick: () => popup.openOptions('org-info') }}>
          {dropped === 1 ? t('bannerDroppedOne') : t('bannerDropped', String(dropped))}
        </Banner>
      )}
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
          sessions.facts?.saved[org.orgId] !== undefined && org.orgId !== sessions.facts.activeOrgId
            ? () => sessions.forget(org)
            : null
        }
      />
    </>
  );
}
