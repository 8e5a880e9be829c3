import type { SessionStore } from '../storage/session-store';

/** A switch in progress in one tab: what its login page's content script may fill. */
export interface PendingSwitch {
  orgId: string;
  orgName: string;
  loginEmail: string;
  loginUrl: string;
  /** Exact origin of the org's login page; the alias is given to no other origin. */
  loginOrigin: string;
  /**
   * Every exact login origin of the profile (the login host and its legacy host), the org's own
   * first: the switch follows its tab across their redirects, and only they get the alias.
   */
  loginOrigins?: string[];
  /** Origin of the org's app: arriving there means the switch landed. */
  appOrigin: string;
  /** Every origin the org's app may show on (the profile's app hosts). */
  appOrigins?: string[];
  /** `alias`: fill the org's `+` login. `root`: fill the root email, then pick the org in the selection window. */
  via?: 'alias' | 'root';
  createdAt: number;
  /** Set once the content script reports the alias submitted. */
  filledAt: number | null;
  /** Set once the content script picked the org in Outreach's selection window. */
  pickedAt?: number | null;
  /** Set once the app showed the org (the session is the org's); a kept page may follow. */
  landedAt?: number | null;
  /** The popup's kept page: opened once the org's app shows, and the start page if it is missing. */
  kept?: KeptPageStep | null;
}

/**
 * A kept page's progress: `to-open` until the app shows the org (then the kept page opens unless
 * the tab is there already), `opened` once it was opened, `done` after the app said it is missing.
 */
export interface KeptPageStep {
  /** The kept page's URL in this org (lib/site/app-path.ts `keptPageUrl`). */
  url: string;
  /** The org's app start page, the fallback. */
  startUrl: string;
  stage: 'to-open' | 'opened' | 'done';
}

/** The login origins a pending switch may fill. */
export const loginOriginsOfPending = (pending: PendingSwitch) =>
  pending.loginOrigins ?? [pending.loginOrigin];
/** The app origins a pending switch may land on. */
export const appOriginsOfPending = (pending: PendingSwitch) => pending.appOrigins ?? [pending.appOrigin];

/** Pending switches expire: a login page opened later by hand must not be filled. */
export const PENDING_TTL_MS = 2 * 60_000;
const key = (tabId: number) => `switch.pending.${tabId}`;

/**
 * Pending switches in `storage.session`, keyed by tab, so they survive the service worker being
 * stopped between the click and the login page loading.
 */
export function createPendingSwitches(store: SessionStore, now: () => number = Date.now) {
  return {
    record: (tabId: number, pending: Omit<PendingSwitch, 'createdAt' | 'filledAt'>) =>
      store.set(key(tabId), { ...pending, createdAt: now(), filledAt: null } satisfies PendingSwitch),

    /** The tab's pending switch if it is still fresh; an expired one is removed. */
    async get(tabId: number): Promise<PendingSwitch | null> {
      const pending = await store.get<PendingSwitch>(key(tabId));
      if (!pending) return null;
      if (now() - pending.createdAt > PENDING_TTL_MS) {
        await store.remove(key(tabId));
        return null;
      }
      return pending;
    },

    async markFilled(tabId: number): Promise<void> {
      const pending = await store.get<PendingSwitch>(key(tabId));
      if (pending) await store.set(key(tabId), { ...pending, filledAt: now() });
    },

    async markPicked(tabId: number): Promise<void> {
      const pending = await store.get<PendingSwitch>(key(tabId));
      if (pending) await store.set(key(tabId), { ...pending, pickedAt: now() });
    },

    /** Changes some fields of the tab's pending switch (its kept page's progress, its landing). */
    async update(tabId: number, patch: Partial<Pick<PendingSwitch, 'landedAt' | 'kept'>>): Promise<void> {
      const pending = await store.get<PendingSwitch>(key(tabId));
      if (pending) await store.set(key(tabId), { ...pending, ...patch });
    },

    remove: (tabId: number) => store.remove(key(tabId)),
  };
}

export type PendingSwitches = ReturnType<typeof createPendingSwitches>;
