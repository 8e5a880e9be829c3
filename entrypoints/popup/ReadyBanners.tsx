// Loaded on demand (entrypoints/popup/extras.ts): the notices above a usable list. The list's
// first screen is the bare list (a first paint is made only of that), so none is in its first
// JavaScript.
import { Banner } from '../../components/Banner';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { t } from '../../lib/i18n/t';
import { formatAge } from '../../lib/popup/org-list';
import { sayListChange } from '../../lib/popup/list-change';
import { useListChange } from './use-list-change';
import { sayAge } from '../../lib/popup/words';
import type { BodyProps } from './Body';

const isSwitchError = (state: ShownView) =>
  state.error?.kind === 'switch-failed' || state.error?.kind === 'switch-unconfirmed';

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

/**
 * What is said above the list: the session's state, a cache warning, orgs added or gone since the
 * last open (`useListChange`, which also remembers the list shown), a failed switch, a failed
 * refresh, dropped entries.
 */
export function ReadyBanners({ state, popup }: BodyProps) {
  const group = state.group!;
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
    </>
  );
}
