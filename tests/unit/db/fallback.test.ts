import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openCache, openCacheOrMemory } from '../../../lib/db';
import { makeGroup } from './fixtures';

function openRaw(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A factory whose `open` throws, as Firefox does in some private-browsing modes. */
function throwingFactory(name: string): IDBFactory {
  return {
    open: () => {
      throw new DOMException('denied', name);
    },
  } as unknown as IDBFactory;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('open failures fall back to memory', () => {
  it.each([
    [
      'open throws SecurityError',
      async () => throwingFactory('SecurityError'),
      /does not let .* \(SecurityError\)/,
    ],
    ['open throws UnknownError', async () => throwingFactory('UnknownError'), /internal storage error/],
    [
      'a newer version exists (VersionError)',
      async () => {
        const factory = new IDBFactory();
        (await openRaw(factory, 99)).close();
        return factory;
      },
      /newer version .* \(VersionError\)/,
    ],
    [
      'an older connection blocks the upgrade',
      async () => {
        const factory = new IDBFactory();
        await openRaw(factory, 1); // left open, with no versionchange handler
        return factory;
      },
      /keeps an older copy .* \(BlockedError\)/,
    ],
    [
      'indexedDB is undefined',
      async () => {
        vi.stubGlobal('indexedDB', undefined);
        return undefined;
      },
      /not available/,
    ],
  ])('when %s', async (_, makeFactory, reason) => {
    const cache = await openCacheOrMemory(await makeFactory());
    expect(cache.kind).toBe('memory');
    expect(cache.warning).toMatch(/kept only until the browser closes/);
    expect(cache.warning).toMatch(reason);
    const group = makeGroup('ig_1', ['org_a', 'org_b']);
    await cache.writeGroup(group);
    expect(await cache.readGroup()).toEqual({ group, problems: [] });
    expect(await cache.recordUse('org_a', 7)).toEqual({ orgId: 'org_a', lastOpenedAt: 7, count: 1 });
  });

  it('openCache itself rejects, so callers can tell', async () => {
    await expect(openCache(throwingFactory('SecurityError'))).rejects.toMatchObject({
      name: 'SecurityError',
    });
  });
});

describe('storage errors after opening', () => {
  it('a quota error on write does not throw, switches to memory and keeps the data', async () => {
    const cache = await openCache(new IDBFactory());
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    await cache.recordUse('org_a', 1);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });

    const next = makeGroup('ig_2', ['org_c', 'org_b']);
    await expect(cache.writeGroup(next)).resolves.toBeUndefined();
    expect(cache.kind).toBe('memory');
    expect(cache.warning).toMatch(
      /kept only until the browser closes.*storage .* is full \(QuotaExceededError\)/,
    );
    expect(await cache.readGroup()).toEqual({ group: next, problems: [] });
    expect(await cache.readUsage()).toEqual([{ orgId: 'org_a', lastOpenedAt: 1, count: 1 }]);
    expect(await cache.recordUse('org_a', 2)).toEqual({ orgId: 'org_a', lastOpenedAt: 2, count: 2 });
    cache.close();
  });

  it('concurrent failing writes share one switch to memory', async () => {
    const cache = await openCache(new IDBFactory());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await Promise.all([
      cache.recordUse('org_a', 1),
      cache.recordUse('org_b', 2),
      cache.recordUse('org_a', 3),
    ]);
    expect(cache.kind).toBe('memory');
    expect(await cache.readUsage()).toEqual([
      { orgId: 'org_a', lastOpenedAt: 3, count: 2 },
      { orgId: 'org_b', lastOpenedAt: 2, count: 1 },
    ]);
  });

  it('a connection closed underneath falls back instead of throwing', async () => {
    const factory = new IDBFactory();
    const cache = await openCache(factory);
    cache.close();
    expect(await cache.readGroup()).toEqual({ group: null, problems: [] });
    expect(cache.kind).toBe('memory');
    expect(cache.warning).toMatch(/InvalidStateError/);
  });
});
