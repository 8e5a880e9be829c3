import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVE_GROUP_KEY,
  CHUNK_SIZE,
  DB_VERSION,
  GROUP_REVISION_KEY,
  openCache,
  openDatabase,
  openExtras,
} from '../../../lib/db';
import { readDisplayList } from '../../../lib/db/read-display-list';
import { revisionKey } from '../../../lib/db/remembered-group';
import { makeGroup, makeInstance, toLegacyRows, withRawChunk } from './fixtures';
import { orgIds } from '../../../lib/popup/packed-orgs';

// Schema v4: a group's instances stored in chunks of CHUNK_SIZE (issue 12, "linear to 50,000").

/** `count` org ids whose key order (`org_00000`, …) is the reverse of their list order. */
const reversedIds = (count: number) =>
  Array.from({ length: count }, (_, at) => `org_${String(count - 1 - at).padStart(5, '0')}`);

const orgIdsOf = (instances: readonly { orgId: string }[] | undefined) => instances?.map((org) => org.orgId);

async function chunkKeys(factory: IDBFactory): Promise<unknown[]> {
  const db = await openDatabase(factory);
  const keys = await db.getAllKeys('instanceChunks');
  db.close();
  return keys;
}

/** A genuine version-3 database: two groups' rows, the active marker, a revision, usage and a pin. */
async function createV3(factory: IDBFactory, activeIds: readonly string[]): Promise<void> {
  const db = (await openDatabase(factory, 3)) as unknown as IDBPDatabase;
  expect(db.version).toBe(3);
  const tx = db.transaction(['groups', 'instances', 'usage', 'meta', 'pins'], 'readwrite');
  for (const group of [makeGroup('ig_active', activeIds), makeGroup('ig_other', ['org_x', 'org_y'])]) {
    const { groupRow, instanceRows } = toLegacyRows(group);
    void tx.objectStore('groups').put(groupRow);
    for (const row of instanceRows) void tx.objectStore('instances').put(row);
  }
  void tx.objectStore('meta').put('ig_active', ACTIVE_GROUP_KEY);
  void tx.objectStore('meta').put('rev-3', GROUP_REVISION_KEY);
  void tx.objectStore('usage').put({ orgId: activeIds[0], lastOpenedAt: 50, count: 3 });
  void tx.objectStore('pins').put({ orgId: activeIds[1], pinnedAt: 20 });
  await tx.done;
  db.close();
}

afterEach(() => vi.restoreAllMocks());

describe('writeGroup stores chunks', () => {
  it(`of ${CHUNK_SIZE} orgs in list order, and a smaller group leaves none of the old ones`, async () => {
    const factory = new IDBFactory();
    const cache = await openCache(factory);
    const ids = reversedIds(2 * CHUNK_SIZE + 1);
    await cache.writeGroup(makeGroup('ig_1', ids));
    expect(await chunkKeys(factory)).toEqual([
      ['ig_1', 0],
      ['ig_1', 1],
      ['ig_1', 2],
    ]);
    const db = await openDatabase(factory);
    const chunks = await db.getAll('instanceChunks');
    db.close();
    expect(chunks.map((chunk) => chunk.instances.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 1]);
    expect(chunks.flatMap((chunk) => orgIdsOf(chunk.instances))).toEqual(ids);
    const reader = await openCache(factory);
    expect(orgIdsOf((await reader.readGroup()).group?.instances)).toEqual(ids);
    expect(orgIds((await readDisplayList(factory))!.group.instances)).toEqual(ids);
    reader.close();

    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    expect(await chunkKeys(factory)).toEqual([['ig_1', 0]]);
    await cache.writeGroup(makeGroup('ig_1', []));
    expect(await chunkKeys(factory)).toEqual([]);
    expect((await cache.readGroup()).group?.instances).toEqual([]);
    cache.close();
  });
});

describe('upgrade from version 3', () => {
  it('moves every row into chunks, in list order, keeping the revision, usage and pins', async () => {
    const factory = new IDBFactory();
    const ids = reversedIds(CHUNK_SIZE + 3);
    await createV3(factory, ids);
    const cache = await openCache(factory);
    expect(cache.kind).toBe('indexeddb');
    const { report, revision } = await cache.readRevisedGroup!();
    expect(report).toEqual({ group: makeGroup('ig_active', ids), problems: [] });
    expect(revision).toBe(revisionKey('ig_active', 'rev-3'));
    expect(await cache.readUsage()).toEqual([{ orgId: ids[0], lastOpenedAt: 50, count: 3 }]);
    cache.close();
    const list = await readDisplayList(factory);
    expect(orgIds(list!.group.instances)).toEqual(ids);
    expect(list?.revision).toBe(revision);
    const extras = await openExtras(factory);
    expect(await extras.readPins()).toEqual([{ orgId: ids[1], pinnedAt: 20 }]);

    const db = await openDatabase(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('instances');
    expect(await db.getAllKeys('instanceChunks')).toEqual([
      ['ig_active', 0],
      ['ig_active', 1],
      ['ig_other', 0],
    ]);
    const other = await db.get('instanceChunks', ['ig_other', 0]);
    expect(other?.instances).toEqual(makeGroup('ig_other', ['org_x', 'org_y']).instances);
    db.close();
  });

  it('moves a corrupt row as it is, so the read still reports it', async () => {
    const factory = new IDBFactory();
    await createV3(factory, ['org_a', 'org_b']);
    const db = (await openDatabase(factory, 3)) as unknown as IDBPDatabase;
    const bad = { ...makeInstance('org_c'), appUrl: 'not a url', instanceGroupId: 'ig_active', order: 2 };
    await db.put('instances', bad);
    db.close();
    const cache = await openCache(factory);
    const { group, problems } = await cache.readGroup();
    cache.close();
    expect(orgIdsOf(group?.instances)).toEqual(['org_a', 'org_b']);
    expect(problems).toEqual(['instance row 2 of ig_active dropped: appUrl: Invalid URL']);
  });

  it('leaves version 3 as it was when moving the rows fails', async () => {
    const factory = new IDBFactory();
    await createV3(factory, ['org_a', 'org_b']);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const cache = await openCache(factory).catch((error: unknown) => error);
    expect(cache).toBeInstanceOf(DOMException);
    vi.restoreAllMocks();
    const db = (await openDatabase(factory, 3)) as unknown as IDBPDatabase;
    expect([...db.objectStoreNames]).toContain('instances');
    expect([...db.objectStoreNames]).not.toContain('instanceChunks');
    expect(await db.count('instances', IDBKeyRange.bound(['ig_active'], ['ig_active', []]))).toBe(2);
    db.close();
  });
});

describe('chunks not as writeGroup leaves them', () => {
  it.each([
    [
      'a chunk without an instance list',
      { instanceGroupId: 'ig_1', chunk: 1, instances: 'org_c' },
      'instance chunk 1 of ig_1 dropped: instances: Invalid input: expected array, received string',
    ],
    [
      'a chunk repeating an orgId',
      { instanceGroupId: 'ig_1', chunk: 1, instances: [makeInstance('org_c'), makeInstance('org_a')] },
      'instance row 3 of ig_1 dropped: orgId: Duplicate orgId',
    ],
  ])(
    '%s: the rest is read, the problem reported, and the popup takes no revision',
    async (_, chunk, problem) => {
      const factory = await withRawChunk(chunk);
      const cache = await openCache(factory);
      const { report } = await cache.readRevisedGroup!();
      cache.close();
      const kept = Array.isArray(chunk.instances) ? ['org_a', 'org_b', 'org_c'] : ['org_a', 'org_b'];
      expect(orgIdsOf(report.group?.instances)).toEqual(kept);
      expect(report.problems).toEqual([problem]);
      const list = await readDisplayList(factory);
      expect(orgIds(list!.group.instances)).toEqual(kept);
      expect(list?.revision).toBeNull();
    },
  );
});
