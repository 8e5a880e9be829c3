import { Banner, StatePanel } from '../../components/StatePanel';
import { PopupHeader } from '../../components/PopupHeader';
import type { StateSnapshot } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/t';
import { formatAge } from '../../lib/popup/org-list';
import type { AgeUnit } from '../../lib/popup/org-list';
import { OrgOfferPanel } from '../../components/OrgOfferPanel';
import { OrgPicker } from './OrgPicker';
import { usePopupState } from './use-popup-state';

/** The selection window: header, the state's words and action, or the org picker. */
export function App() {
  const popup = usePopupState();
  const { state } = popup;
  return (
    <main class="popup">
      <PopupHeader
        rootEmail={state?.rootEmail ?? null}
        groupId={state?.group?.instanceGroupId ?? null}
        age={state?.group ? formatAge(state.group.fetchedAt, Date.now(), sayAge) : null}
        isRefreshing={popup.busy === 'refresh' || Boolean(state?.isRefreshing)}
        canRefresh={state?.source === 'directory' && isSignedIn(state)}
        canSignOut={state?.source === 'directory' && isSignedIn(state)}
        onRefresh={popup.refresh}
        onOptions={() => popup.openOptions('connection')}
        onSignOut={popup.signOut}
      />
      {popup.actionError && <Banner tone="error">{popup.actionError.message}</Banner>}
      {state && <Body state={state} popup={popup} />}
    </main>
  );
}

const AGE_WORDS = {
  now: 'popupAgeJustNow',
  minutes: 'popupAgeMinutes',
  hours: 'popupAgeHours',
  days: 'popupAgeDays',
} as const;

function sayAge(unit: AgeUnit, count: number): string {
  return t(AGE_WORDS[unit], String(count));
}

const isSwitchError = (state: StateSnapshot) =>
  state.error?.kind === 'switch-failed' || state.error?.kind === 'switch-unconfirmed';

function isSignedIn(state: StateSnapshot | null): boolean {
  return Boolean(state && !['signed-out', 'signing-in'].includes(state.phase));
}

function Body({ state, popup }: { state: StateSnapshot; popup: ReturnType<typeof usePopupState> }) {
  const isBusy = popup.busy !== null;
  switch (state.phase) {
    case 'signed-out': {
      const isPages = state.signInKind === 'outreach-pages';
      return (
        <StatePanel
          title={t('stateSignedOutTitle')}
          body={
            state.error ? state.error.message : t(isPages ? 'statePagesSignedOutBody' : 'stateSignedOutBody')
          }
          tone={state.error ? 'error' : 'info'}
          action={{
            label: t(isPages ? 'statePagesSignInAction' : 'stateSignInAction'),
            onClick: popup.signIn,
            isBusy,
          }}
        />
      );
    }
    case 'signing-in':
      return (
        <StatePanel
          title={t('stateSigningInTitle')}
          body={t(state.signInKind === 'outreach-pages' ? 'statePagesSigningInBody' : 'stateSigningInBody')}
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
      return (
        <StatePanel
          title={t('stateNotEnabledTitle')}
          body={t('stateNotEnabledBody', state.group?.crossInstanceSso ?? '')}
          tone="warning"
          action={{ label: t('stateNotEnabledAction'), onClick: () => popup.openOptions('request') }}
        />
      );
    case 'session-expired':
      return (
        <StatePanel
          title={t('stateExpiredTitle')}
          body={t('stateExpiredBody')}
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
    case 'empty':
      return state.source === 'manual' ? (
        <StatePanel
          title={t('stateEmptyTitle')}
          body={t('stateEmptyManualBody')}
          action={{ label: t('stateEmptyManualAction'), onClick: () => popup.openOptions('instances') }}
        />
      ) : (
        <StatePanel title={t('stateEmptyTitle')} body={t('stateEmptyBody')} />
      );
    case 'ready':
      return <Ready state={state} popup={popup} />;
  }
}

function Ready({ state, popup }: { state: StateSnapshot; popup: ReturnType<typeof usePopupState> }) {
  const group = state.group!;
  const dropped = group.dropped.length;
  return (
    <>
      {state.cacheWarning && <Banner>{state.cacheWarning}</Banner>}
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
      {state.error && !isSwitchError(state) && (
        <Banner tone="error" action={{ label: t('stateRetryAction'), onClick: popup.refresh }}>
          {t('bannerRefreshFailed', [state.error.message, formatAge(group.fetchedAt, Date.now(), sayAge)])}
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
        onOpen={popup.open}
      />
    </>
  );
}
