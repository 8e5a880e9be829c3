import type { AuthSession } from '../auth/auth-session';
import { AuthError } from '../auth/errors';
import type { PageSignIn } from '../auth/outreach-page-sign-in';
import type { ConnectionProfile } from '../connection/profiles';
import { signInKindOf } from '../connection/profiles';
import type { InstanceCache } from '../db';
import { fetchDirectory } from '../directory/fetch-directory';
import { buildManualGroup } from '../directory/manual';
import { validateGroup } from '../directory/validate-group';
import type { ManualSaveResult, PopupViewReply, StateSnapshot, UiError } from '../messaging/protocol';
import { toUiError } from '../messaging/receiver';
import type { Settings } from '../storage/settings';
import type { SessionStore } from '../storage/session-store';
import { derivePhase } from './derive-phase';
import { buildCapturedGroup } from './outreach-capture';
import type { FirstPaint } from '../popup/first-screen';
import { popupReplyOf } from './popup-view';

const ERROR_KEY = 'list.error';

export interface InstanceServiceDeps {
  auth: AuthSession;
  cache: () => Promise<InstanceCache>;
  store: SessionStore;
  /** The connection in effect (the build's profile, or the one chosen on the options page). */
  profile: () => Promise<ConnectionProfile>;
  settings: { load(): Promise<Settings>; save(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> };
  fetch?: typeof globalThis.fetch;
  directoryTimeoutMs?: number;
  /** The latest failed switch, shown when the list itself has no error. */
  switchError?: () => Promise<UiError | null>;
  /** The org the active tab is in (from the switch records), if known. */
  currentOrgId?: () => Promise<string | null>;
  /** The Outreach-pages sign-in (root email on Outreach's login page, list from its selection window). */
  pageSignIn?: PageSignIn;
  /** The structure of the last page a switch could not understand. */
  pageReport?: () => Promise<string | null>;
  now?: () => number;
}

const SESSION_EXPIRED: UiError = {
  kind: 'session-expired',
  message: 'Your session has expired. Sign in again.',
};

/**
 * The instance list: sign-in, refresh from the directory (stale-while-revalidate, one refresh at
 * a time), the manual source, and the state every view shows.
 */
export function createInstanceService(deps: InstanceServiceDeps) {
  const now = deps.now ?? Date.now;
  let refreshing: Promise<void> | null = null;

  const setError = (error: UiError | null) =>
    error ? deps.store.set(ERROR_KEY, error) : deps.store.remove(ERROR_KEY);
  const source = async () => (await deps.settings.load()).source ?? (await deps.profile()).defaultSource;

  /** The state with the revision of its list (`null`: the cache keeps none). */
  async function readState(): Promise<{ state: StateSnapshot; revision: string | null }> {
    // Everything at once: only the cache's reads wait for the cache to open.
    const reads = deps
      .cache()
      .then((cache) =>
        Promise.all([
          cache,
          cache.readRevisedGroup?.() ?? cache.readGroup().then((read) => ({ report: read, revision: null })),
          cache.readUsage(),
        ]),
      );
    const [
      [cache, { report, revision }, usage],
      flow,
      tokens,
      error,
      switchError,
      currentSource,
      currentOrgId,
      pageSide,
    ] = await Promise.all([
      reads,
      deps.auth.flowStatus(),
      deps.auth.tokens(),
      deps.store.get<UiError>(ERROR_KEY),
      deps.switchError?.() ?? null,
      source(),
      deps.currentOrgId?.() ?? null,
      pageSignInState(),
    ]);
    if (flow === 'interrupted') await setError(new AuthError('interrupted'));
    const lastError =
      flow === 'interrupted' ? toUiError(new AuthError('interrupted')) : (error ?? switchError ?? null);
    const { group } = report;
    const isSignedIn = Boolean(tokens);
    const state: StateSnapshot = {
      phase: derivePhase({
        source: currentSource,
        isSigningIn: flow === 'running' || pageSide.isRunning,
        isSignedIn,
        group,
        error: lastError,
        signInKind: pageSide.signInKind,
        hasOffer: pageSide.orgOffer !== null,
      }),
      source: currentSource,
      rootEmail: (currentSource === 'manual' ? group?.rootEmail : tokens?.email) ?? null,
      group,
      usage,
      currentOrgId,
      error: lastError,
      isRefreshing: refreshing !== null,
      cacheWarning: cache.warning,
      signInKind: pageSide.signInKind,
      orgOffer: pageSide.orgOffer,
      pageReport: pageSide.pageReport,
    };
    return { state, revision };
  }

  async function getState(): Promise<StateSnapshot> {
    return (await readState()).state;
  }

  /**
   * The popup's state: orgs without URLs, and no rows when the popup reads them from IndexedDB
   * itself (`readsRows`) and can check them by the revision, so the reply does not grow with the
   * group. With `firstPaint` (a first open), the first screen's snapshot too.
   */
  async function getPopupState(readsRows = false, firstPaint?: FirstPaint): Promise<PopupViewReply> {
    const { state, revision } = await readState();
    const reply = popupReplyOf(state, revision, readsRows);
    return firstPaint ? { ...reply, paint: await firstPaint(state, reply) } : reply;
  }

  async function pageSignInState() {
    const signInKind = signInKindOf(await deps.profile());
    const isPages = signInKind === 'outreach-pages' && deps.pageSignIn;
    const [isRunning, orgOffer, pageReport] = await Promise.all([
      isPages ? deps.pageSignIn!.isRunning() : false,
      isPages ? deps.pageSignIn!.pendingOffer() : null,
      deps.pageReport?.() ?? null,
    ]);
    return { signInKind, isRunning, orgOffer, pageReport };
  }

  /** The person said yes to the orgs a selection window offered: they become the list. */
  async function acceptOffer(tags: Record<string, string> = {}): Promise<ManualSaveResult> {
    const stored = await deps.pageSignIn?.storedOffer();
    const fail = (message: string) => ({ entry: null, field: 'tag', message });
    if (!stored?.rootEmail) {
      const errors = [fail('No selection window is waiting to be saved, or its root email is unknown.')];
      return { ok: false, errors, state: await getState() };
    }
    const cache = await deps.cache();
    const built = buildCapturedGroup(stored.orgs, stored.rootEmail, (await cache.readGroup()).group, {
      profile: await deps.profile(),
      now: now(),
      tags,
    });
    if (!built.ok) {
      const errors = built.errors.map((error) =>
        fail(error.name ? `${error.name}: ${error.message}` : error.message),
      );
      return { ok: false, errors, state: await getState() };
    }
    await cache.writeGroup(built.group);
    await deps.settings.save({ source: 'manual' });
    await deps.pageSignIn!.dismissOffer();
    await setError(null);
    return { ok: true, errors: [], state: await getState() };
  }

  async function accessToken(forceRefresh = false): Promise<string | null> {
    try {
      return await deps.auth.accessToken({ forceRefresh });
    } catch (error) {
      const isExpired = error instanceof AuthError && error.kind === 'refresh-failed';
      await setError(isExpired ? SESSION_EXPIRED : toUiError(error));
      return null;
    }
  }

  async function fetchGroup(token: string) {
    return fetchDirectory({
      url: (await deps.profile()).directoryUrl,
      accessToken: token,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.directoryTimeoutMs ? { timeoutMs: deps.directoryTimeoutMs } : {}),
    });
  }

  async function refreshFromDirectory(): Promise<void> {
    let token = await accessToken();
    if (!token) return;
    let result = await fetchGroup(token);
    if (!result.ok && result.error.kind === 'unauthorized') {
      // One silent refresh, then the person has to sign in again.
      token = await accessToken(true);
      if (!token) return;
      result = await fetchGroup(token);
      if (!result.ok && result.error.kind === 'unauthorized') {
        await deps.auth.forget();
        return setError(SESSION_EXPIRED);
      }
    }
    if (!result.ok) return setError({ kind: result.error.kind, message: result.error.message });
    const validated = validateGroup(result.body, {
      allowedHosts: (await deps.profile()).allowedHosts,
      source: 'directory',
      now: now(),
    });
    if (!validated.ok) return setError(validated.error);
    const signedInAs = (await deps.auth.tokens())?.email;
    if (signedInAs && validated.group.rootEmail.toLowerCase() !== signedInAs.toLowerCase()) {
      return setError({
        kind: 'malformed',
        message: `The directory answered for ${validated.group.rootEmail}, not ${signedInAs}.`,
      });
    }
    await (await deps.cache()).writeGroup(validated.group);
    await setError(null);
  }

  /** Refreshes the list from the directory; concurrent callers share one refresh. */
  function refresh(): Promise<void> {
    refreshing ??= (async () => {
      if ((await source()) === 'directory') await refreshFromDirectory();
    })().finally(() => (refreshing = null));
    return refreshing;
  }

  return {
    getState,
    getPopupState,
    refresh,

    acceptOffer,

    async dismissOffer(): Promise<StateSnapshot> {
      await deps.pageSignIn?.dismissOffer();
      return getState();
    },

    async signIn(): Promise<StateSnapshot> {
      if (signInKindOf(await deps.profile()) === 'outreach-pages' && deps.pageSignIn) {
        await deps.pageSignIn.start().catch((error: unknown) => setError(toUiError(error)));
        return getState();
      }
      try {
        const tokens = await deps.auth.signIn();
        await setError(null);
        const cache = await deps.cache();
        const { group } = await cache.readGroup();
        // A different account must never see the previous account's list.
        if (
          group &&
          group.source === 'directory' &&
          group.rootEmail.toLowerCase() !== tokens.email.toLowerCase()
        ) {
          await cache.clear();
        }
        await refresh();
      } catch (error) {
        await setError(toUiError(error));
      }
      return getState();
    },

    async signOut(): Promise<StateSnapshot> {
      await deps.auth.signOut();
      await setError(null);
      return getState();
    },

    async setManualInstances(list: unknown): Promise<ManualSaveResult> {
      const built = buildManualGroup(list, { profile: await deps.profile(), now: now() });
      if (!built.ok) return { ok: false, errors: built.errors, state: await getState() };
      await (await deps.cache()).writeGroup(built.group);
      await deps.settings.save({ source: 'manual' });
      await setError(null);
      return { ok: true, errors: [], state: await getState() };
    },

    async setSource(next: 'directory' | 'manual'): Promise<StateSnapshot> {
      await deps.settings.save({ source: next });
      await setError(null);
      return getState();
    },
  };
}

export type InstanceService = ReturnType<typeof createInstanceService>;
