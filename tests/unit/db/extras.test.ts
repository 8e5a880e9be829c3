import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_GROUP_KEY,
  DB_VERSION,
  HISTORY_LIMIT,
  openCache,
  openDatabase,
  openExtras,
} from '../../../lib/db';
import type { HistoryRow } from '../../../lib/db';
import { createMemoryExtras } from '../../../lib/db/extras';
import { makeGroup, toLegacyRows } from './fixtures';

const entry = (at: number, toOrgId = 'org_b'): Omit<HistoryRow, 'id'> => ({
  at,
  fromOrgId: 'org_a',
  fromName: 'Org A',
  toOrgId,
  toName: 'Org B',
  how: 'alias-login',
  outcome: 'pending',
});

/** A genuine version-2 database with a group, usage and the active marker. */
async function createV2(factory: IDBFactory): Promise<void> {
  const db = (await openDatabase(factory, 2)) as unknown as IDBPDatabase;
  expect([...db.objectStoreNames]).not.toContain('pins');
  const tx = db.transaction(['groups', 'instances', 'usage', 'meta'], 'readwrite');
  const { groupRow, instanceRows } = toLegacyRows(makeGroup('ig_v2', ['org_a', 'org_b']));
  void tx.objectStore('groups').put(groupRow);
  for (const row of instanceRows) void tx.objectStore('instances').put(row);
  void tx.objectStore('usage').put({ orgId: 'org_a', lastOpenedAt: 50, count: 3 });
  void tx.objectStore('meta').put('ig_v2', ACTIVE_GROUP_KEY);
  await tx.done;
  db.close();
}

describe('upgrade from version 2', () => {
  it('keeps every row and adds empty pins and history', async () => {
    const factory = new IDBFactory();
    await createV2(factory);
    const cache = await openCache(factory);
    expect((await cache.readGroup()).group).toEqual(makeGroup('ig_v2', ['org_a', 'org_b']));
    expect(await cache.readUsage()).toEqual([{ orgId: 'org_a', lastOpenedAt: 50, count: 3 }]);
    const extras = await openExtras(factory);
    expect(extras.kind).toBe('indexeddb');
    expect(await extras.readPins()).toEqual([]);
    expect(await extras.readHistory()).toEqual([]);
    cache.close();
    const db = await openDatabase(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('history').store.indexNames]).toEqual(['byAt']);
    db.close();
  });
});

describe.each([
  ['IndexedDB', () => openExtras(new IDBFactory())],
  ['memory', async () => createMemoryExtras()],
])('pins and history (%s)', (_, open) => {
  it('keeps pins in pinning order and unpins', async () => {
    const extras = await open();
    await extras.setPinned('org_c', true, 10);
    await extras.setPinned('org_a', true, 20);
    await extras.setPinned('org_c', true, 30);
    expect((await extras.readPins()).map((pin) => pin.orgId)).toEqual(['org_c', 'org_a']);
    expect(await extras.setPinned('org_c', false)).toEqual([{ orgId: 'org_a', pinnedAt: 20 }]);
  });

  it('lists history newest first and settles the newest pending switch to an org', async () => {
    const extras = await open();
    await extras.appendHistory(entry(1));
    await extras.appendHistory(entry(2));
    await extras.appendHistory(entry(3, 'org_c'));
    await extras.settleHistory('org_b', 'landed');
    const rows = await extras.readHistory();
    expect(rows.map((row) => [row.at, row.outcome])).toEqual([
      [3, 'pending'],
      [2, 'landed'],
      [1, 'pending'],
    ]);
  });

  it('keeps one row for a switch started again with its first start (a resumed switch)', async () => {
    const extras = await open();
    const first = await extras.appendHistory(entry(5));
    expect(await extras.appendHistory(entry(5))).toBe(first);
    await extras.appendHistory(entry(5, 'org_c'));
    await extras.appendHistory(entry(6));
    expect((await extras.readHistory()).map((row) => [row.at, row.toOrgId])).toEqual([
      [6, 'org_b'],
      [5, 'org_c'],
      [5, 'org_b'],
    ]);
  });

  it(`keeps only the last ${HISTORY_LIMIT} switches`, async () => {
    const extras = await open();
    for (let at = 0; at < HISTORY_LIMIT + 3; at++) await extras.appendHistory(entry(at));
    const rows = await extras.readHistory();
    expect(rows).toHaveLength(HISTORY_LIMIT);
    expect(rows.at(-1)!.at).toBe(3);
    await extras.clearHistory();
    expect(await extras.readHistory()).toEqual([]);
  });
});

it('refuses a history row with fields beyond its schema (no place for a secret)', async () => {
  const extras = await openExtras(new IDBFactory());
  await expect(extras.appendHistory({ ...entry(1), token: 'x' } as never)).rejects.toThrow();
});

it('falls back to memory when IndexedDB cannot be opened', async () => {
  const refusing = {
    open: () => {
      throw new DOMException('Denied', 'SecurityError');
    },
  } as unknown as IDBFactory;
  const extras = await openExtras(refusing);
  expect(extras.kind).toBe('memory');
  await extras.setPinned('org_a', true, 1);
  expect(await extras.readPins()).toEqual([{ orgId: 'org_a', pinnedAt: 1 }]);
});
