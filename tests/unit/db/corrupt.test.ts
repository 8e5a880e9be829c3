import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { ACTIVE_GROUP_KEY, openCache, openDatabase } from '../../../lib/db';
import { makeGroup } from './fixtures';

/** Write rows straight into the stores, bypassing the cache's checks. */
async function putRaw(factory: IDBFactory, store: string, ...rows: unknown[]): Promise<void> {
  const db = (await openDatabase(factory)) as unknown as IDBPDatabase;
  for (const row of rows) await db.put(store, row);
  db.close();
}

async function seededFactory(): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const cache = await openCache(factory);
  await cache.writeGroup(makeGroup('ig_x', ['org_a', 'org_b', 'org_c']));
  await cache.recordUse('org_a', 10);
  cache.close();
  return factory;
}

describe('corrupt rows', () => {
  it('drops a bad instance row and reports it, keeping the good rows in order', async () => {
    const factory = await seededFactory();
    const bad = { ...makeGroup('ig_x', ['org_d']).instances[0], appUrl: 'not a url' };
    await putRaw(factory, 'instanceChunks', { instanceGroupId: 'ig_x', chunk: 1, instances: [bad] });
    const cache = await openCache(factory);
    const { group, problems } = await cache.readGroup();
    expect(group?.instances.map((instance) => instance.orgId)).toEqual(['org_a', 'org_b', 'org_c']);
    expect(problems).toEqual(['instance row 3 of ig_x dropped: appUrl: Invalid URL']);
    cache.close();
  });

  it('drops a bad usage row and reports it, keeping the good rows', async () => {
    const factory = await seededFactory();
    await putRaw(factory, 'usage', { orgId: 'org_bad', lastOpenedAt: 'yesterday', count: -1 });
    const cache = await openCache(factory);
    const report = await cache.readUsageReport();
    expect(report.usage).toEqual([{ orgId: 'org_a', lastOpenedAt: 10, count: 1 }]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^usage row org_bad dropped: lastOpenedAt: .*; count: /);
    expect(await cache.readUsage()).toEqual(report.usage);
    expect(await cache.recordUse('org_bad', 20)).toEqual({ orgId: 'org_bad', lastOpenedAt: 20, count: 1 });
    cache.close();
  });

  it.each([
    [
      'a corrupt group row',
      'groups',
      { instanceGroupId: 'ig_x', role: 'owner' },
      /^group row ig_x dropped: /,
    ],
    ['a missing group row', 'meta', undefined, /^group ig_gone is marked active but is not stored$/],
  ])('reads no group from %s, with a problem', async (_, store, row, problem) => {
    const factory = await seededFactory();
    if (row === undefined) {
      const db = await openDatabase(factory);
      await db.put('meta', 'ig_gone', ACTIVE_GROUP_KEY);
      db.close();
    } else {
      await putRaw(factory, store, row);
    }
    const cache = await openCache(factory);
    const { group, problems } = await cache.readGroup();
    expect(group).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(cache.kind).toBe('indexeddb');
    cache.close();
  });
});
