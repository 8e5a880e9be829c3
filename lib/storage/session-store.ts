import { browser } from 'wxt/browser';

/**
 * `storage.session`: in memory, cleared when the browser closes, and readable only by trusted
 * extension contexts (Chrome's default access level), so content scripts cannot read it. Tokens,
 * sign-in flow state, pending switches and session jars live here and nowhere else.
 */
export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(...keys: string[]): Promise<void>;
  /** Removes every key that starts with `prefix` (e.g. all saved sessions). */
  removePrefix(prefix: string): Promise<void>;
}

/** The real `storage.session`. */
export function browserSessionStore(area = browser.storage.session): SessionStore {
  return {
    async get<T>(key: string) {
      const items = await area.get(key);
      return items[key] as T | undefined;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(...keys) {
      await area.remove(keys);
    },
    async removePrefix(prefix) {
      const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(prefix));
      if (keys.length > 0) await area.remove(keys);
    },
  };
}

/** An in-memory store with the same contract, for unit tests. */
export function memorySessionStore(): SessionStore & { dump(): Record<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      return structuredClone(items.get(key)) as T | undefined;
    },
    async set(key, value) {
      items.set(key, structuredClone(value));
    },
    async remove(...keys) {
      for (const key of keys) items.delete(key);
    },
    async removePrefix(prefix) {
      for (const key of [...items.keys()]) if (key.startsWith(prefix)) items.delete(key);
    },
    dump: () => Object.fromEntries(items),
  };
}
