import type { StateSnapshot } from '../messaging/protocol';

const KEY = 'cis.popup-snapshot.v1';

/**
 * A synchronous copy of the last state the popup showed, so its first paint needs no round trip
 * to the service worker. It holds the org list and usage (no tokens, no secrets: the background
 * never puts any in a `StateSnapshot`), in the extension origin's `localStorage`.
 */
export function readSnapshot(storage: Storage = localStorage): StateSnapshot | null {
  try {
    const text = storage.getItem(KEY);
    if (!text) return null;
    const value = JSON.parse(text) as StateSnapshot;
    return value && typeof value === 'object' && typeof value.phase === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function writeSnapshot(state: StateSnapshot, storage: Storage = localStorage): void {
  try {
    // `error` and `isRefreshing` describe a moment, not the list: they are not replayed.
    storage.setItem(KEY, JSON.stringify({ ...state, error: null, isRefreshing: false }));
  } catch {
    // A full or disabled localStorage only costs the instant first paint.
  }
}

export function clearSnapshot(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
