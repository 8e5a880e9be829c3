// Loaded on demand (entrypoints/popup/Body.tsx): the popup's panels other than the list, and the
// sign-out confirmation. None is on the list's first screen, so none is in its first JavaScript.
import { StatePanel } from '../../components/StatePanel';
import type { StatePanelProps } from '../../components/StatePanel';
import { stateWords } from '../../lib/instances/state-words';
import { OrgOfferPanel } from '../../components/OrgOfferPanel';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { t } from '../../lib/i18n/t';
import type { BodyProps } from './Body';

/** The state's words (one source with the options page: `stateWords`) and the action that helps. */
export function StateBody({ state, popup }: BodyProps) {
  if (state.phase === 'list-offered') {
    return (
      <OrgOfferPanel
        offer={state.orgOffer!}
        isBusy={popup.busy !== null}
        onSave={popup.acceptOrgs}
        onDismiss={popup.dismissOrgs}
      />
    );
  }
  // A list that cannot be shown says what an empty one says (the list's own states have no words).
  const words = stateWords(state) ?? stateWords({ ...state, phase: 'empty' })!;
  // A failed sign-in says what went wrong, in red; a cancelled one is the person's own choice.
  const failure = state.phase === 'signed-out' && isRealError(state) ? state.error!.message : null;
  return (
    <StatePanel
      title={t(words.title)}
      body={failure ?? (words.body ? t(words.body, words.bodyArgs) : state.error?.message)}
      tone={failure ? 'error' : words.tone}
      isWorking={state.phase === 'signing-in'}
      {...actionsOf(state, popup)}
    />
  );
}

/** The one action that helps in each state, and a lesser second way where there is one. */
function actionsOf(
  state: ShownView,
  popup: BodyProps['popup'],
): Pick<StatePanelProps, 'action' | 'secondary'> {
  const isBusy = popup.busy !== null;
  switch (state.phase) {
    case 'signed-out':
      return {
        action: {
          label: t(isPages(state) ? 'statePagesSignInAction' : 'stateSignInAction'),
          onClick: popup.signIn,
          isBusy,
        },
      };
    case 'signing-in':
      return { secondary: { label: t('popupCancel'), onClick: popup.cancelSignIn } };
    case 'not-admin':
      return { action: { label: t('stateNotAdminAction'), onClick: popup.signOut, isBusy } };
    case 'not-enabled':
      return state.group?.crossInstanceSso === 'requested'
        ? {
            action: { label: t('stateRequestedAction'), onClick: popup.refresh, isBusy },
            secondary: { label: t('stateRequestedSecondary'), onClick: () => popup.openOptions('org-info') },
          }
        : { action: { label: t('stateNotEnabledAction'), onClick: () => popup.openOptions('request') } };
    case 'session-expired':
      return { action: { label: t('stateExpiredAction'), onClick: popup.signIn, isBusy } };
    case 'error':
      return { action: { label: t('stateRetryAction'), onClick: popup.refresh, isBusy } };
    default:
      return state.source === 'manual'
        ? { action: { label: t('stateEmptyManualAction'), onClick: () => popup.openOptions('instances') } }
        : {};
  }
}

/** The root signs in on Outreach's own pages (no OpenID client). */
function isPages(state: ShownView): boolean {
  return state.signInKind === 'outreach-pages';
}

/** A cancelled sign-in is the person's own choice, not a failure to show in red. */
function isRealError(state: ShownView): boolean {
  return Boolean(state.error && state.error.kind !== 'cancelled');
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
