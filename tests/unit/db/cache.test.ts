import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createMemoryCache, openCache } from '../../../lib/db';
import type { InstanceCache } from '../../../lib/db';
import { makeGroup, makeInstance } from './fixtures';

const backends: [string, () => Promise<InstanceCache>][] = [
  ['indexeddb', () => openCache(new IDBFactory())],
  ['memory', async () => createMemoryCache()],
];

describe.each(backends)('%s cache', (kind, open) => {
  let cache: InstanceCache;
  afterEach(() => cache.close());

  it('reports its kind and no warning', async () => {
    cache = await open();
    expect(cache.kind).toBe(kind);
    expect(cache.warning).toBeNull();
  });

  it('reads no group before one is written', async () => {
    cache = await open();
    expect(await cache.readGroup()).toEqual({ group: null, problems: [] });
  });

  it('round-trips a 4-org group in its order, not key order', async () => {
    cache = await open();
    const group = makeGroup('ig_1', ['org_d', 'org_a', 'org_c', 'org_b']);
    group.instances[2] = { ...makeInstance('org_c'), colour: '#aabbcc', isPrimary: true };
    await cache.writeGroup(group);
    const { group: read, problems } = await cache.readGroup();
    expect(problems).toEqual([]);
    expect(read).toEqual(group);
    expect(read?.instances.map((instance) => instance.orgId)).toEqual(['org_d', 'org_a', 'org_c', 'org_b']);
  });

  it.each([
    ['the same group', 'ig_1'],
    ['another group', 'ig_2'],
  ])('writeGroup replaces the previous group with %s, leaving no instances behind', async (_, nextId) => {
    cache = await open();
    await cache.writeGroup(makeGroup('ig_1', ['org_a', 'org_b', 'org_c', 'org_d']));
    const next = makeGroup(nextId, ['org_c', 'org_e'], 2_000);
    await cache.writeGroup(next);
    expect(await cache.readGroup()).toEqual({ group: next, problems: [] });
  });

  it('does not let callers mutate the cached group', async () => {
    cache = await open();
    const group = makeGroup('ig_1', ['org_a']);
    await cache.writeGroup(group);
    group.instances.pop();
    const first = await cache.readGroup();
    // The memory cache hands out copies; the IndexedDB one shares a frozen report between reads.
    const mutate = (change: () => unknown) => {
      try {
        change();
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
      }
    };
    mutate(() => first.group?.instances.pop());
    mutate(() => Object.assign(first.group!.instances[0] ?? {}, { name: 'Changed' }));
    expect((await cache.readGroup()).group?.instances).toEqual([makeInstance('org_a')]);
  });

  it.each([
    ['duplicate orgIds', makeGroup('ig_1', ['org_a', 'org_a'])],
    [
      'an invalid URL',
      { ...makeGroup('ig_1', []), instances: [{ ...makeInstance('org_a'), appUrl: 'nope' }] },
    ],
  ])('writeGroup rejects a group with %s and keeps the old one', async (_, bad) => {
    cache = await open();
    const good = makeGroup('ig_0', ['org_z']);
    await cache.writeGroup(good);
    await expect(cache.writeGroup(bad)).rejects.toBeInstanceOf(ZodError);
    expect((await cache.readGroup()).group).toEqual(good);
  });

  it('recordUse counts openings and keeps the latest time', async () => {
    cache = await open();
    expect(await cache.recordUse('org_a', 100)).toEqual({ orgId: 'org_a', lastOpenedAt: 100, count: 1 });
    expect(await cache.recordUse('org_a', 300)).toEqual({ orgId: 'org_a', lastOpenedAt: 300, count: 2 });
    expect(await cache.readUsage()).toEqual([{ orgId: 'org_a', lastOpenedAt: 300, count: 2 }]);
  });

  it('readUsage lists the most recently opened first, ties by orgId', async () => {
    cache = await open();
    await cache.recordUse('org_b', 200);
    await cache.recordUse('org_c', 100);
    await cache.recordUse('org_a', 200);
    await cache.recordUse('org_c', 300);
    const usage = await cache.readUsage();
    expect(usage.map((row) => row.orgId)).toEqual(['org_c', 'org_a', 'org_b']);
    expect(await cache.readUsageReport()).toEqual({ usage, problems: [] });
  });

  it('recordUse rejects an empty orgId', async () => {
    cache = await open();
    await expect(cache.recordUse('')).rejects.toBeInstanceOf(ZodError);
  });

  it('clear forgets the group and the usage', async () => {
    cache = await open();
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    await cache.recordUse('org_a', 1);
    await cache.clear();
    expect(await cache.readGroup()).toEqual({ group: null, problems: [] });
    expect(await cache.readUsage()).toEqual([]);
  });
});

describe('indexeddb cache persistence', () => {
  it('keeps the group and usage across connections', async () => {
    const factory = new IDBFactory();
    const first = await openCache(factory);
    const group = makeGroup('ig_1', ['org_b', 'org_a']);
    await first.writeGroup(group);
    await first.recordUse('org_a', 5);
    first.close();
    const second = await openCache(factory);
    expect((await second.readGroup()).group).toEqual(group);
    expect(await second.readUsage()).toEqual([{ orgId: 'org_a', lastOpenedAt: 5, count: 1 }]);
    second.close();
  });
});
