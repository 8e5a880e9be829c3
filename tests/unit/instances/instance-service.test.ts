import { describe, expect, it, vi } from 'vitest';
import type { AuthSession } from '../../../lib/auth/auth-session';
import { AuthError } from '../../../lib/auth/errors';
import { sandboxProfile } from '../../../lib/connection/profiles';
import { createMemoryCache } from '../../../lib/db';
import { createInstanceService } from '../../../lib/instances/instance-service';
import { ROWS_ALWAYS_SENT } from '../../../lib/instances/popup-view';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import type { Settings } from '../../../lib/storage/settings';
import { memorySessionStore } from '../../../lib/storage/session-store';

const profile = sandboxProfile(8790);
const APP = 'http://app.outreach.localhost:8790';
const directoryBody = (rootEmail = 'jane.doe@acme.test') => ({
  instanceGroupId: 'ig_acme_7f3a',
  rootEmail,
  crossInstanceSso: 'enabled',
  role: 'admin',
  instances: [
    {
      orgId: 'prod',
      name: 'Acme Production',
      loginEmail: rootEmail,
      environment: 'production',
      primary: true,
      appUrl: `${APP}/`,
      loginUrl: `${APP}/login`,
    },
  ],
});
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setup(fetch: typeof globalThis.fetch, tokens = { email: 'jane.doe@acme.test' }) {
  const auth = {
    accessToken: vi.fn(async ({ forceRefresh = false } = {}) => (forceRefresh ? 'fresh' : 'stale')),
    tokens: vi.fn(async () => tokens as never),
    flowStatus: vi.fn(async () => 'idle' as const),
    forget: vi.fn(async () => undefined),
    signIn: vi.fn(),
    signOut: vi.fn(async () => undefined),
  } as unknown as AuthSession & { accessToken: ReturnType<typeof vi.fn>; forget: ReturnType<typeof vi.fn> };
  let settings: Settings = DEFAULT_SETTINGS;
  const cache = createMemoryCache();
  const service = createInstanceService({
    auth,
    cache: async () => cache,
    store: memorySessionStore(),
    profile: async () => profile,
    fetch,
    settings: {
      load: async () => settings,
      save: async (patch) => (settings = { ...settings, ...patch }),
    },
  });
  return { service, auth, cache };
}

describe('refresh', () => {
  it('concurrent refreshes share one directory request', async () => {
    let answer!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((done) => (answer = done)));
    const { service } = setup(fetch as never);
    const all = Promise.all([service.refresh(), service.refresh(), service.refresh()]);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    answer(json(200, directoryBody()));
    await all;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await service.getState()).phase).toBe('ready');
  });

  it('a 401 gets one silent token refresh and a retry', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) =>
      new Headers(init.headers).get('authorization') === 'Bearer fresh'
        ? json(200, directoryBody())
        : json(401, {}),
    );
    const { service, auth } = setup(fetch as never);
    await service.refresh();
    expect(auth.accessToken).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await service.getState()).phase).toBe('ready');
  });

  it('a second 401 forgets the tokens and asks to sign in again, keeping the list', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(json(200, directoryBody())).mockResolvedValue(json(401, {}));
    const { service, auth, cache } = setup(fetch);
    await service.refresh();
    await service.refresh();
    expect(auth.forget).toHaveBeenCalled();
    expect((await service.getState()).error).toMatchObject({ kind: 'session-expired' });
    expect((await cache.readGroup()).group?.instances).toHaveLength(1);
  });

  it('a refused token refresh reads as an expired session', async () => {
    const { service, auth } = setup(vi.fn());
    auth.accessToken.mockRejectedValue(new AuthError('refresh-failed'));
    await service.refresh();
    expect((await service.getState()).error).toMatchObject({ kind: 'session-expired' });
  });

  it('a directory answering for another account is refused and the last list kept', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(200, directoryBody()))
      .mockResolvedValue(json(200, directoryBody('mallory@acme.test')));
    const { service, cache } = setup(fetch);
    await service.refresh();
    await service.refresh();
    expect((await service.getState()).error).toMatchObject({ kind: 'malformed' });
    expect((await cache.readGroup()).group?.rootEmail).toBe('jane.doe@acme.test');
  });

  it('403 not_admin gives the not-admin phase', async () => {
    const { service } = setup(vi.fn(async () => json(403, { error: 'not_admin' })) as never);
    await service.refresh();
    expect((await service.getState()).phase).toBe('not-admin');
  });
});

describe('the manual source', () => {
  it('saves a valid list, switches the source, and then never calls the directory', async () => {
    const fetch = vi.fn();
    const { service } = setup(fetch);
    const result = await service.setManualInstances({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: [{ name: 'Acme Production', tag: '', environment: 'production', primary: true }],
    });
    expect(result).toMatchObject({ ok: true, state: { phase: 'ready', source: 'manual' } });
    await service.refresh();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects a list with a bad entry and changes nothing', async () => {
    const { service } = setup(vi.fn());
    const result = await service.setManualInstances({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: [{ name: 'Bad', tag: 'has space', environment: 'staging' }],
    });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ entry: 1 });
    expect(result.state.group).toBeNull();
  });
});

describe('getState at scale', () => {
  it('answers from the group read once, not by re-reading and re-checking every org', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openCache } = await import('../../../lib/db');
    const cache = await openCache(new IDBFactory());
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      name: `Org ${i}`,
      tag: i ? `t${i}` : '',
      environment: 'test',
    }));
    const auth = { flowStatus: async () => 'idle', tokens: async () => null } as unknown as AuthSession;
    let settings: Settings = DEFAULT_SETTINGS;
    const service = createInstanceService({
      auth,
      cache: async () => cache,
      store: memorySessionStore(),
      profile: async () => profile,
      settings: { load: async () => settings, save: async (patch) => (settings = { ...settings, ...patch }) },
    });
    const saved = await service.setManualInstances({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: rows,
    });
    expect(saved.errors).toEqual([]);
    const storeReads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
    const states = await Promise.all(Array.from({ length: 5 }, () => service.getState()));
    // Usage is read with `getAll` on its own store each time; the instance rows never are.
    const onInstances = storeReads.mock.contexts.filter(
      (store) => (store as IDBObjectStore).name === 'instanceChunks',
    );
    expect(onInstances).toHaveLength(0);
    expect(indexReads).not.toHaveBeenCalled();
    for (const state of states) expect(state.group).toBe(saved.state.group);
    expect(states[0]?.group?.instances).toHaveLength(1000);
    cache.close();
  });
});

describe('reading the state', () => {
  it('asks for everything at once: only the cache’s reads wait for the cache to open', async () => {
    let openCache!: (cache: ReturnType<typeof createMemoryCache>) => void;
    const currentOrgId = vi.fn(async () => null);
    const auth = { flowStatus: vi.fn(async () => 'idle'), tokens: vi.fn(async () => null) };
    const service = createInstanceService({
      auth: auth as unknown as AuthSession,
      cache: () => new Promise((done) => (openCache = done)),
      store: memorySessionStore(),
      profile: async () => profile,
      currentOrgId,
      settings: {
        load: async () => DEFAULT_SETTINGS,
        save: async (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
      },
    });
    const reply = service.getPopupState(true);
    await new Promise((done) => setTimeout(done));
    expect(currentOrgId).toHaveBeenCalled();
    expect(auth.tokens).toHaveBeenCalled();
    openCache(createMemoryCache());
    await expect(reply).resolves.toMatchObject({ group: null, currentOrgId: null });
  });
});

describe('getPopupState at scale', () => {
  async function seeded(
    size: number,
    cache: Awaited<ReturnType<typeof import('../../../lib/db').openCache>>,
  ) {
    const auth = { flowStatus: async () => 'idle', tokens: async () => null } as unknown as AuthSession;
    let settings: Settings = DEFAULT_SETTINGS;
    const service = createInstanceService({
      auth,
      cache: async () => cache,
      store: memorySessionStore(),
      profile: async () => profile,
      settings: { load: async () => settings, save: async (patch) => (settings = { ...settings, ...patch }) },
    });
    const instances = Array.from({ length: size }, (_, i) => ({
      name: `Org ${i}`,
      tag: i ? `t${i}` : '',
      environment: 'test',
    }));
    const saved = await service.setManualInstances({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances,
    });
    expect(saved.errors).toEqual([]);
    return service;
  }

  it('sends no rows to a popup that reads them itself: the reply is the same size at 500 and 1,000 orgs', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openCache } = await import('../../../lib/db');
    const sizes: number[] = [];
    for (const size of [500, 1000]) {
      const cache = await openCache(new IDBFactory());
      const service = await seeded(size, cache);
      const reply = await service.getPopupState(true);
      expect(reply.group).toMatchObject({
        instances: null,
        droppedCount: 0,
        instanceGroupId: expect.any(String),
      });
      expect(reply.revision).toMatch(/\n/);
      expect(reply).not.toHaveProperty('group.dropped');
      // Only the group id and revision differ in length between the two sizes (none here).
      sizes.push(JSON.stringify({ ...reply, revision: null }).length);
      cache.close();
    }
    expect(sizes[1]).toBe(sizes[0]);
  });

  it('sends each org without its URLs, compacted once per revision of the list', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openCache } = await import('../../../lib/db');
    const cache = await openCache(new IDBFactory());
    const service = await seeded(1000, cache);
    const [first, second] = [await service.getPopupState(), await service.getPopupState()];
    expect(first.group?.instances).toHaveLength(1000);
    expect(Object.keys(first.group!.instances![1]!).sort()).toEqual(
      ['environment', 'isPrimary', 'loginEmail', 'name', 'orgId', 'tag'].sort(),
    );
    // The same compact rows for the same revision: no second pass over the orgs.
    expect(second.group?.instances).toBe(first.group?.instances);
    expect(second.revision).toBe(first.revision);
    cache.close();
  });

  it(`sends a group of up to ${ROWS_ALWAYS_SENT} orgs with its rows, so the popup need not wait for its own read`, async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { openCache } = await import('../../../lib/db');
    for (const [size, rows] of [
      [ROWS_ALWAYS_SENT, ROWS_ALWAYS_SENT],
      [ROWS_ALWAYS_SENT + 1, null],
    ] as const) {
      const cache = await openCache(new IDBFactory());
      const reply = await (await seeded(size, cache)).getPopupState(true);
      expect(reply.revision).toMatch(/\n/);
      expect(reply.group?.instances?.length ?? null).toBe(rows);
      cache.close();
    }
  });

  it('sends the rows anyway when the cache keeps no revision (memory)', async () => {
    const service = await seeded(3, createMemoryCache());
    const reply = await service.getPopupState(true);
    expect(reply.revision).toBeNull();
    expect(reply.group?.instances).toHaveLength(3);
  });
});
