import type { Worker } from '@playwright/test';

/** The extension API's type, for code evaluated inside the extension (`chrome` there). */
export type ExtensionApi = (typeof import('wxt/browser'))['browser'];

export interface ExtensionStores {
  indexedDB: Record<string, unknown[]>;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Everything the extension stores, read inside its service worker (IndexedDB and both storage areas). */
export function readExtensionStores(worker: Worker): Promise<ExtensionStores> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('cross-instance-sign-in');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    }
    db.close();
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return {
      indexedDB: dump,
      local: await api.storage.local.get(null),
      session: await api.storage.session.get(null),
    };
  });
}

/** The cached orgs in their stored order: every group's `instanceChunks` (schema v4), flattened. */
export function cachedOrgs(stores: ExtensionStores): unknown[] {
  const chunks = (stores.indexedDB.instanceChunks ?? []) as { instances: unknown[] }[];
  return chunks.flatMap((chunk) => chunk.instances);
}
