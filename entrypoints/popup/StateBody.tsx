// Loaded on demand (entrypoints/popup/Body.tsx): the popup's panels other than the list, and the
// sign-out confirmation. None is on the list's first screen, so none is in its first JavaScript.
import { StatePanel } from '../../components/StatePanel';
import { OrgOfferPanel } from '../../components/OrgOfferPanel';
import type { PopupView } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/t';
import type { BodyProps } from './Body';

/** The state's words and its one action, when there is no usable list to show. */
export function StateBody({ state, popup }: BodyProps) {
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

/** "Sign out?" with Sign out and Cancel, asked from the header menu. */
export function SignOutConfirm({ onSignOut, onCancel }: { onSignOut: () => void; onCancel: () => void }) {
  return (
    <StatePanel
      title={t('popupSignOutConfirmTitle')}
      body={t('popupSignOutConfirmBody')}
      tone="warning"
      action={{ label: t('popupSignOut'), onClick: onSignOut }}
      secondary={{ label: t('popupCancel'), onClick: onCancel }}
    />
  );
}
