import { useState } from 'preact/hooks';
import { PopupHeader } from '../../components/PopupHeader';
import type { MenuItem } from '../../components/PopupHeader';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { t } from '../../lib/i18n/t';
import { Body } from './Body';
import { usePopupState } from './use-popup-state';
import type { PopupStart, PopupState } from './use-popup-state';
import { isSignedIn, whoWords } from '../../lib/popup/words';
import { lazyComponent } from './lazy';
import { Banner, HeaderMenuList } from './lazy-parts';

const SignOutConfirm = lazyComponent(() => import('./StateBody').then((module) => module.SignOutConfirm));

/** The selection window: a one-line header, who and how fresh, then the state's words or the orgs. */
export function App({ start }: { start: PopupStart }) {
  const popup = usePopupState(start);
  const { state } = popup;
  const [isConfirmingSignOut, setConfirmingSignOut] = useState(false);
  return (
    <main class="popup">
      <PopupHeader
        menu={menuItems(popup, () => setConfirmingSignOut(true))}
        onOptions={() => popup.openOptions('connection')}
        MenuList={HeaderMenuList}
      />
      {state && <WhoLine state={state} />}
      {popup.actionError && <Banner tone="error">{popup.actionError.message}</Banner>}
      {popup.notice && <Banner tone="info">{popup.notice}</Banner>}
      {isConfirmingSignOut && state ? (
        <SignOutConfirm
          onSignOut={() => (setConfirmingSignOut(false), popup.signOut())}
          onCancel={() => setConfirmingSignOut(false)}
        />
      ) : (
        state && <Body state={state} popup={popup} />
      )}
    </main>
  );
}

function menuItems(popup: PopupState, confirmSignOut: () => void): MenuItem[] {
  const { state } = popup;
  if (!state) return [];
  const items: MenuItem[] = [];
  const group = state.group;
  // The manual source has no Instance Group ID of its own: none is shown or copied.
  if (group && state.source === 'directory') {
    items.push({ label: t('popupCopyGroupId'), onSelect: () => popup.copy(group.instanceGroupId) });
  }
  if (isSignedIn(state)) {
    const isRefreshing = popup.busy === 'refresh' || state.isRefreshing;
    items.push({ label: t(isRefreshing ? 'popupRefreshing' : 'popupRefresh'), onSelect: popup.refresh });
  }
  // Something to sign out: the root session, or saved org sessions with a list.
  if (state.phase !== 'signing-in' && (isSignedIn(state) || group)) {
    items.push({ label: t('popupSignOut'), onSelect: confirmSignOut });
  }
  return items;
}

function WhoLine({ state }: { state: ShownView }) {
  const { who, age } = whoWords(state);
  if (!who && !age) return null;
  return (
    <p class="who">
      {who && <bdi class="who__email">{who}</bdi>}
      {age && <span class="who__age">{t('popupListAge', age)}</span>}
    </p>
  );
}
