import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { ACTIVE_GROUP_KEY, DB_VERSION, openCache, openDatabase } from '../../../lib/db';
import { makeGroup, toLegacyRows } from './fixtures';

/** A genuine version-1 database holding `groups` and version-1 usage rows. */
async function createV1(factory: IDBFactory, groupIds: readonly string[]): Promise<void> {
  const db = (await openDatabase(factory, 1)) as unknown as IDBPDatabase;
  expect(db.version).toBe(1);
  expect([...db.objectStoreNames]).not.toContain('meta');
  const tx = db.transaction(['groups', 'instances', 'usage'], 'readwrite');
  groupIds.forEach((id, index) => {
    const { groupRow, instanceRows } = toLegacyRows(
      makeGroup(id, ['org_b', 'org_a', 'org_c'], 1_000 + index),
    );
    void tx.objectStore('groups').put(groupRow);
    for (const row of instanceRows) void tx.objectStore('instances').put(row);
  });
  void tx.objectStore('usage').put({ orgId: 'org_a', lastOpened: 50, count: 3 });
  void tx.objectStore('usage').put({ orgId: 'org_b', lastOpened: 70, count: 1 });
  await tx.done;
  db.close();
}

describe('upgrade from version 1', () => {
  it('keeps the group, renames lastOpened and marks the group active', async () => {
    const factory = new IDBFactory();
    await createV1(factory, ['ig_v1']);
    const cache = await openCache(factory);
    expect(cache.kind).toBe('indexeddb');
    expect(await cache.readGroup()).toEqual({
      group: makeGroup('ig_v1', ['org_b', 'org_a', 'org_c'], 1_000),
      problems: [],
    });
    expect(await cache.readUsageReport()).toEqual({
      usage: [
        { orgId: 'org_b', lastOpenedAt: 70, count: 1 },
        { orgId: 'org_a', lastOpenedAt: 50, count: 3 },
      ],
      problems: [],
    });
    expect(await cache.recordUse('org_a', 90)).toEqual({ orgId: 'org_a', lastOpenedAt: 90, count: 4 });
    cache.close();

    const db = await openDatabase(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('meta', ACTIVE_GROUP_KEY)).toBe('ig_v1');
    expect(await db.getAllKeysFromIndex('usage', 'byLastOpened')).toEqual(['org_b', 'org_a']);
    expect(await db.get('usage', 'org_b')).toEqual({ orgId: 'org_b', lastOpenedAt: 70, count: 1 });
    db.close();
  });

  it.each([
    ['no group', [], undefined],
    ['several groups', ['ig_old', 'ig_new'], 'ig_new'],
  ])('with %s marks the newest group active (or none)', async (_, groupIds, active) => {
    const factory = new IDBFactory();
    await createV1(factory, groupIds);
    const db = await openDatabase(factory);
    expect(await db.get('meta', ACTIVE_GROUP_KEY)).toBe(active);
    db.close();
  });
});

describe('fresh database', () => {
  it('is created at the current version with every store and index', async () => {
    const db = await openDatabase(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'groups',
      'history',
      'instanceChunks',
      'meta',
      'pins',
      'usage',
    ]);
    const tx = db.transaction(['instanceChunks', 'usage']);
    expect([...tx.objectStore('instanceChunks').indexNames]).toEqual([]);
    expect([...tx.objectStore('usage').indexNames]).toEqual(['byLastOpened']);
    await tx.done;
    db.close();
  });

  it('holds only the latest group rows after writeGroup replaces another group', async () => {
    const factory = new IDBFactory();
    const cache = await openCache(factory);
    await cache.writeGroup(makeGroup('ig_1', ['org_a', 'org_b', 'org_c', 'org_d']));
    await cache.writeGroup(makeGroup('ig_2', ['org_c']));
    await cache.writeGroup(makeGroup('ig_2', ['org_e']));
    cache.close();
    const db = await openDatabase(factory);
    expect(await db.getAllKeys('groups')).toEqual(['ig_2']);
    expect(await db.getAllKeys('instanceChunks')).toEqual([['ig_2', 0]]);
    db.close();
  });
});
