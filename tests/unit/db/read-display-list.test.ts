import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../lib/db';
import { readDisplayList } from '../../../lib/db/read-display-list';
import { orgAt, orgIds } from '../../../lib/popup/packed-orgs';
import type { PackedOrgs } from '../../../lib/popup/packed-orgs';
import { makeGroup, makeInstance, withRawChunk } from './fixtures';

// The popup's own read of the cached list, for when its service worker is stopped (issue 12).

const rowsOf = (packed: PackedOrgs) => Array.from({ length: packed.length }, (_, i) => orgAt(packed, i));
const withoutUrls = ({ appUrl: _a, loginUrl: _l, ...org }: ReturnType<typeof makeInstance>) => org;

describe('readDisplayList', () => {
  it('reads the active group in its order, and the usage, as the background wrote them', async () => {
    const factory = new IDBFactory();
    const cache = await openCache(factory);
    const group = makeGroup('ig_1', ['org_d', 'org_a', 'org_c']);
    group.instances[1] = { ...makeInstance('org_a'), colour: '#aabbcc' };
    await cache.writeGroup(group);
    await cache.recordUse('org_c', 42);
    const list = await readDisplayList(factory);
    cache.close();
    expect(rowsOf(list!.group.instances)).toEqual(group.instances.map(withoutUrls));
    expect(list!.group).toMatchObject({
      instanceGroupId: 'ig_1',
      rootEmail: group.rootEmail,
      droppedCount: 0,
    });
    expect(rowsOf(list!.group.instances)[0]).not.toHaveProperty('appUrl');
    expect(list!.usage).toEqual([{ orgId: 'org_c', lastOpenedAt: 42, count: 1 }]);
  });

  it('leaves out a row that does not fit, and keeps the others', async () => {
    const rows = [makeInstance('org_a'), { ...makeInstance('org_b'), name: 42 }];
    const factory = await withRawChunk({ instanceGroupId: 'ig_1', chunk: 0, instances: rows });
    const list = await readDisplayList(factory);
    expect(orgIds(list!.group.instances)).toEqual(['org_a']);
    // Not the background's rows any more: the popup must not take them for its revision.
    expect(list!.revision).toBeNull();
  });

  it('names the revision the background read the same rows at', async () => {
    const factory = new IDBFactory();
    const cache = await openCache(factory);
    await cache.writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
    const { revision } = await cache.readRevisedGroup!();
    const list = await readDisplayList(factory);
    expect(revision).toMatch(/^ig_1\n/);
    expect(list!.revision).toBe(revision);
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    expect((await cache.readRevisedGroup!()).revision).not.toBe(revision);
    expect((await readDisplayList(factory))!.revision).toBe((await cache.readRevisedGroup!()).revision);
    cache.close();
  });

  it('is null with no database, and creates none', async () => {
    const factory = new IDBFactory();
    expect(await readDisplayList(factory)).toBeNull();
    expect(await factory.databases()).toEqual([]);
  });

  it('is null with a database but no active group', async () => {
    const factory = new IDBFactory();
    (await openCache(factory)).close();
    expect(await readDisplayList(factory)).toBeNull();
  });
});
