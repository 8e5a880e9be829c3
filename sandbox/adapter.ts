/** An in-memory oidc-provider adapter (state is lost on restart, which suits the sandbox). */
import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expires?: number };

/** A fresh adapter class per provider, so two providers (or two sandboxes in one process) never share state. */
export function memoryAdapter() {
  const stores = new Map<string, Map<string, Entry>>();
  return class MemoryAdapter implements Adapter {
    private readonly store: Map<string, Entry>;

    constructor(readonly name: string) {
      let store = stores.get(name);
      if (!store) stores.set(name, (store = new Map()));
      this.store = store;
    }

    private static index(kind: string, value: string): string {
      return `${kind}:${value}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const expires = expiresIn ? Date.now() + expiresIn * 1000 : undefined;
      this.store.set(id, { payload, expires });
      if (payload.grantId) {
        const key = MemoryAdapter.index('grant', payload.grantId);
        const ids = (this.store.get(key)?.payload.ids as string[] | undefined) ?? [];
        this.store.set(key, { payload: { ids: [...ids, id] } });
      }
      if (payload.userCode)
        this.store.set(MemoryAdapter.index('userCode', payload.userCode), { payload: { id } });
      if (payload.uid) this.store.set(MemoryAdapter.index('uid', payload.uid), { payload: { id }, expires });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      const entry = this.store.get(id);
      if (!entry) return undefined;
      if (entry.expires !== undefined && entry.expires < Date.now()) {
        this.store.delete(id);
        return undefined;
      }
      return entry.payload;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const id = this.store.get(MemoryAdapter.index('userCode', userCode))?.payload.id;
      return typeof id === 'string' ? this.find(id) : undefined;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const id = this.store.get(MemoryAdapter.index('uid', uid))?.payload.id;
      return typeof id === 'string' ? this.find(id) : undefined;
    }

    async consume(id: string): Promise<void> {
      const entry = this.store.get(id);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      this.store.delete(id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      const key = MemoryAdapter.index('grant', grantId);
      for (const id of (this.store.get(key)?.payload.ids as string[] | undefined) ?? [])
        this.store.delete(id);
      this.store.delete(key);
    }
  };
}
