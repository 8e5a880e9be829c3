import type { SessionStore } from '../storage/session-store';

/** A switch in progress in one tab: what its login page's content script may fill. */
export interface PendingSwitch {
  orgId: string;
  orgName: string;
  loginEmail: string;
  loginUrl: string;
  /** Exact origin of the org's login page; the alias is given to no other origin. */
  loginOrigin: string;
  /** Origin of the org's app: arriving there means the switch landed. */
  appOrigin: string;
  createdAt: number;
  /** Set once the content script reports the alias submitted. */
  filledAt: number | null;
}

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

    remove: (tabId: number) => store.remove(key(tabId)),
  };
}

export type PendingSwitches = ReturnType<typeof createPendingSwitches>;
