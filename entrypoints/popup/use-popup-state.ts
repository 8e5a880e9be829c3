import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { nativeBrowser as browser } from '../../lib/browser/native-browser';
import type { PopupOrg, PopupView, StateSnapshot, UiError } from '../../lib/messaging/protocol';
import { packView } from '../../lib/popup/packed-orgs';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { asUiError, send } from '../../lib/messaging/send';
import { isPlainList } from '../../lib/popup/first-state';
import { openExtensionPage } from '../../lib/tabs/open-extension-page';
import { t } from '../../lib/i18n/t';
import { withBanners } from './lazy-parts';

/** Lists older than this are refreshed in the background when the popup opens. */
const STALE_AFTER_MS = 5 * 60_000;

const compact = (state: StateSnapshot) =>
  import('../../lib/instances/popup-view').then(({ toPopupView }) => toPopupView(state));

type Busy = null | 'signIn' | 'signOut' | 'refresh' | 'open' | 'cancel';

export type PopupState = ReturnType<typeof usePopupState>;

/** How the popup starts (main.tsx): the requests already sent, and what is shown first. */
export interface PopupStart {
  /**
   * The background's `getPopupState` answer with its rows, asked for before the first render.
   * Taken once: nothing keeps the first answer once the popup has moved on.
   */
  takeReply: () => Promise<ShownView>;
  /**
   * The list read from IndexedDB by the popup itself (`null`: none), for a stopped worker. Taken
   * once: nothing keeps a second copy of a large list once it is shown or replaced.
   */
  takeCached: () => Promise<ShownView | null> | null;
  /** The state of the first render (whichever of the two came first), if it was awaited; taken once. */
  takeFirst: () => ShownView | null;
  /** What was typed into the first paint's filter. */
  paintedQuery: string;
}

/** The popup's state: the first of the cache and the background, then kept in step with the background. */
export function usePopupState(start: PopupStart) {
  const [state, setState] = useState<ShownView | null>(start.takeFirst);
  const [busy, setBusy] = useState<Busy>(null);
  const [actionError, setActionError] = useState<UiError | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The background's last answer: only that is remembered for the next first paint (Body.tsx).
  const [live, setLive] = useState<ShownView | null>(null);

  const apply = useCallback((next: ShownView) => {
    setState(next);
    setLive(next);
    // Not a first paint's list: the next open paints nothing. Through the writer's module (loaded
    // then: not on the way to the first screen), so that a write asked for earlier lands first.
    if (!isPlainList(next)) void import('./paint').then((module) => module.forgetFirstScreen());
  }, []);

  const run = useCallback(
    async (kind: Busy, action: () => Promise<StateSnapshot | PopupView | void>) => {
      setBusy(kind);
      setActionError(null);
      try {
        const next = await action();
        // An action's answer is the full state: the popup keeps its compact, packed form only
        // (compacted by a module loaded then: no action is on the way to the first screen).
        if (next) apply(packView('revision' in next ? next : await compact(next)));
      } catch (error) {
        setActionError(asUiError(error));
      } finally {
        setBusy(null);
      }
    },
    [apply],
  );

  // A layout effect: it runs as the first render is committed, so an answer that is already there
  // (a first open's, asked by the first-paint script) is shown in the next render, not one frame
  // and a timer later, as a plain effect would be.
  useLayoutEffect(() => {
    let hasAnswer = false;
    // Shown only while the background has not answered (a stopped worker takes longer).
    // A state with a banner comes once the banners' chunk is there (`withBanners`), so it is in
    // the list's first frame.
    void start
      .takeCached()
      ?.then(withBanners)
      .then((cached) => cached && !hasAnswer && setState((current) => current ?? cached));
    void run(null, async () => {
      const next = await start.takeReply().then(withBanners);
      hasAnswer = true;
      apply(next);
      const isStale = next.group && Date.now() - next.group.fetchedAt > STALE_AFTER_MS;
      if (next.source === 'directory' && next.phase !== 'signed-out' && isStale) {
        return send({ type: 'refreshInstances' });
      }
    });
  }, [run, apply, start]);

  return {
    state,
    live,
    busy,
    actionError,
    notice,
    paintedQuery: start.paintedQuery,
    signIn: () => {
      // The background answers when the sign-in ends; show it running at once.
      setState((current) => current && { ...current, phase: 'signing-in' });
      return run('signIn', () => send({ type: 'signIn' }));
    },
    cancelSignIn: () => run('cancel', () => send({ type: 'cancelSignIn' })),
    copy: (text: string) => {
      void navigator.clipboard.writeText(text).then(
        () => setNotice(t('popupCopied')),
        () => setNotice(t('popupCopyFailed')),
      );
    },
    signOut: () => run('signOut', () => send({ type: 'signOut' })),
    refresh: () => run('refresh', () => send({ type: 'refreshInstances' })),
    open: (org: PopupOrg, where: 'current' | 'new') =>
      run('open', async () => {
        // The current Outreach tab's page opens in the chosen org (issue 14), when it has one to keep.
        await send({ type: 'openInstance', orgId: org.orgId, where, keepPage: true });
        if (browser.extension.getViews({ type: 'popup' }).includes(window)) window.close();
      }),
    acceptOrgs: (tags: Record<string, string>) =>
      run('signIn', async () => {
        const result = await send({ type: 'acceptOrgs', tags });
        if (!result.ok)
          setActionError({ kind: 'invalid', message: result.errors.map((e) => e.message).join(' ') });
        return result.state;
      }),
    dismissOrgs: () => run('signIn', () => send({ type: 'dismissOrgs' })),
    copyPageReport: (report: string) =>
      run(null, async () => {
        await navigator.clipboard.writeText(report);
        setCopied(true);
      }),
    copied,
    openOptions: (hash: string) => {
      void openExtensionPage(`options.html#${hash}`).catch(() => undefined);
    },
  };
}
