import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME, openCache } from '../../../lib/db';
import type { Instance, InstanceGroup } from '../../../lib/directory/schema';

/** A valid instance for `orgId`. */
export function makeInstance(orgId: string): Instance {
  return {
    orgId,
    name: `Org ${orgId}`,
    loginEmail: `root+${orgId}@example.com`,
    tag: orgId,
    environment: 'production',
    isPrimary: false,
    appUrl: `https://${orgId}.example.com/`,
    loginUrl: `https://${orgId}.example.com/login`,
  };
}

/** A valid group with one instance per `orgId`, in that order. */
export function makeGroup(
  instanceGroupId: string,
  orgIds: readonly string[],
  fetchedAt = 1_000,
): InstanceGroup {
  return {
    instanceGroupId,
    rootEmail: 'root@example.com',
    crossInstanceSso: 'enabled',
    role: 'admin',
    source: 'directory',
    instances: orgIds.map(makeInstance),
    dropped: [],
    fetchedAt,
  };
}

/** A group as versions 1–3 stored it: a group row and one `instances` row per org, with its order. */
export function toLegacyRows(group: InstanceGroup) {
  const { instances, ...groupRow } = group;
  const instanceRows = instances.map((instance, order) => ({
    ...instance,
    instanceGroupId: group.instanceGroupId,
    order,
  }));
  return { groupRow, instanceRows };
}

/**
 * A database (fake-indexeddb) holding group `ig_1` with orgs `org_a` and `org_b`, as `writeGroup`
 * leaves it, and then `chunk` put as it is into the `instanceChunks` store (a chunk the cache
 * never writes: a bad row, a repeated org, no instance list).
 */
export async function withRawChunk(chunk: unknown): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const cache = await openCache(factory);
  await cache.writeGroup(makeGroup('ig_1', ['org_a', 'org_b']));
  cache.close();
  const db = await new Promise<IDBDatabase>((resolve) => {
    const open = factory.open(DB_NAME);
    open.onsuccess = () => resolve(open.result);
  });
  const tx = db.transaction('instanceChunks', 'readwrite');
  tx.objectStore('instanceChunks').put(chunk);
  await new Promise((done) => (tx.oncomplete = done));
  db.close();
  return factory;
}
