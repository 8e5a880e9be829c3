import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GROUP_REVISION_KEY, openCache, openDatabase } from '../../../lib/db';
import type { InstanceCache } from '../../../lib/db';
import { readDisplayList } from '../../../lib/db/read-display-list';
import { orgIds } from '../../../lib/popup/packed-orgs';
import { makeGroup, makeInstance } from './fixtures';

/**
 * Counts how often any context reads a group's instance rows (the linear part of a read): every
 * `getAll` on the `instanceChunks` store or any index of it.
 */
function countRowReads() {
  const stores = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const indexes = vi.spyOn(IDBIndex.prototype, 'getAll');
  const onInstances = (source: unknown) => (source as IDBObjectStore).name === 'instanceChunks';
  return {
    get calls() {
      return (
        stores.mock.contexts.filter(onInstances).length +
        indexes.mock.contexts.filter((index) => onInstances((index as IDBIndex).objectStore)).length
      );
    },
  };
}

describe('the active group is parsed once per revision', () => {
  const opened: { close(): void }[] = [];
  const open = async (factory: IDBFactory): Promise<InstanceCache> => {
    const cache = await openCache(factory);
    opened.push(cache);
    return cache;
  };
  afterEach(() => opened.splice(0).forEach((cache) => cache.close()));

  it('reads the instance rows once, however often the group is read', async () => {
    const factory = new IDBFactory();
    await (await open(factory)).writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
    const reader = await open(factory);
    const rowReads = countRowReads();
    const first = await reader.readGroup();
    const again = await Promise.all([reader.readGroup(), reader.readGroup(), reader.readGroup()]);
    expect(rowReads.calls).toBe(1);
    for (const report of again) expect(report).toBe(first);
    expect(first.group?.instances.map((instance) => instance.orgId)).toEqual(['org_a', 'org_b']);
  });

  it('reads the rows once when several callers ask before the first read ends', async () => {
    // A waking worker answers getState, the badge and the kept page at once: one read for all.
    const factory = new IDBFactory();
    await (await open(factory)).writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
    const reader = await open(factory);
    const rowReads = countRowReads();
    const reports = await Promise.all([reader.readGroup(), reader.readGroup(), reader.readGroup()]);
    expect(rowReads.calls).toBe(1);
    for (const report of reports) expect(report).toBe(reports[0]);
    expect(reports[0]?.group?.instances).toHaveLength(2);
  });

  it('does not remember a read that a write overtook', async () => {
    const factory = new IDBFactory();
    await (await open(factory)).writeGroup(makeGroup('ig_1', ['org_a']));
    const cache = await open(factory);
    const reading = cache.readGroup();
    const writing = cache.writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
    await Promise.all([reading, writing]);
    expect((await cache.readGroup()).group?.instances).toHaveLength(2);
  });

  it("reads only the active group's rows, by key range, for the background and the popup", async () => {
    const factory = new IDBFactory();
    await (await open(factory)).writeGroup(makeGroup('ig_1', ['org_b', 'org_a']));
    // Chunks of other groups on both sides of the range ('ig_0' < 'ig_1' < 'ig_10' < 'ig_2').
    const db = await openDatabase(factory);
    for (const [group, orgId] of [
      ['ig_0', 'org_x'],
      ['ig_10', 'org_y'],
      ['ig_2', 'org_z'],
    ] as const)
      await db.put('instanceChunks', { instanceGroupId: group, chunk: 0, instances: [makeInstance(orgId)] });
    db.close();
    const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
    const report = await (await open(factory)).readGroup();
    const list = await readDisplayList(factory);
    expect(report.group?.instances.map((instance) => instance.orgId)).toEqual(['org_b', 'org_a']);
    expect(orgIds(list!.group.instances)).toEqual(['org_b', 'org_a']);
    expect(indexReads).not.toHaveBeenCalled();
  });

  it('remembers what it wrote without reading it back', async () => {
    const cache = await open(new IDBFactory());
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    const rowReads = countRowReads();
    expect((await cache.readGroup()).group).toEqual(makeGroup('ig_1', ['org_a']));
    expect(rowReads.calls).toBe(0);
  });

  it('reads again once another context wrote a new group', async () => {
    const factory = new IDBFactory();
    const [background, options] = [await open(factory), await open(factory)];
    await background.writeGroup(makeGroup('ig_1', ['org_a']));
    expect((await options.readGroup()).group?.instances).toHaveLength(1);
    await background.writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
    expect((await options.readGroup()).group?.instances).toHaveLength(2);
    await background.writeGroup(makeGroup('ig_2', ['org_c']));
    expect((await options.readGroup()).group?.instanceGroupId).toBe('ig_2');
  });

  it('reads rows changed without a new revision again, then stamps them with one', async () => {
    const factory = new IDBFactory();
    const cache = await open(factory);
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    await cache.readGroup();
    // What the bench seed does: rows added behind the cache's back, the revision removed.
    const db = await openDatabase(factory);
    await db.put('instanceChunks', { instanceGroupId: 'ig_1', chunk: 1, instances: [makeInstance('org_b')] });
    await db.delete('meta', GROUP_REVISION_KEY);
    db.close();
    const rowReads = countRowReads();
    expect((await cache.readGroup()).group?.instances).toHaveLength(2);
    expect((await cache.readGroup()).group?.instances).toHaveLength(2);
    expect(rowReads.calls).toBe(1);
    // Another context then trusts the stamped revision too.
    const other = await open(factory);
    expect((await other.readGroup()).group?.instances).toHaveLength(2);
    expect(await other.readGroup()).toBe(await other.readGroup());
    expect(rowReads.calls).toBe(2);
  });

  it('forgets the group on clear', async () => {
    const cache = await open(new IDBFactory());
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    await cache.clear();
    expect(await cache.readGroup()).toEqual({ group: null, problems: [] });
  });

  it('hands out a frozen group, so no caller changes what the next one reads', async () => {
    const cache = await open(new IDBFactory());
    await cache.writeGroup(makeGroup('ig_1', ['org_a']));
    const { group } = await cache.readGroup();
    expect(Object.isFrozen(group)).toBe(true);
    expect(Object.isFrozen(group?.instances)).toBe(true);
    expect(Object.isFrozen(group?.instances[0])).toBe(true);
  });
});
