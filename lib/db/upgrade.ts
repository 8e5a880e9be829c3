/**
 * Opening the database and upgrading it one version at a time. Model: aws-extend-switch-roles
 * `src/js/lib/db.js` (a loop over versions, one step each).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Instance, Usage } from '../directory/schema';
import { chunksOf } from './rows';
import { ACTIVE_GROUP_KEY } from './schema';
import type { CacheDb, InstanceChunk, StoreName } from './schema';

/** The database handle the cache works with. */
export type CacheDatabase = IDBPDatabase<CacheDb>;

/** The `versionchange` transaction an upgrade step runs in. */
export type UpgradeTransaction = IDBPTransaction<CacheDb, StoreName[], 'versionchange'>;

/** One upgrade step: brings a database at version `v` to `v + 1`. */
export type UpgradeStep = (db: CacheDatabase, tx: UpgradeTransaction) => void;

/** The database without the current schema's types, for the stores of older versions. */
const untyped = (db: CacheDatabase) => db as unknown as IDBPDatabase;

/** Version 0 → 1: `groups`, `instances` (by `[instanceGroupId, orgId]`) and `usage`. */
export const upgradeToV1: UpgradeStep = (db) => {
  db.createObjectStore('groups', { keyPath: 'instanceGroupId' });
  const instances = untyped(db).createObjectStore('instances', { keyPath: ['instanceGroupId', 'orgId'] });
  instances.createIndex('byGroup', 'instanceGroupId');
  db.createObjectStore('usage', { keyPath: 'orgId' });
};

/**
 * Version 1 → 2: adds `meta`, indexes usage by `lastOpenedAt`, renames usage `lastOpened` to
 * `lastOpenedAt`, and makes the group already present (the newest, if several) the active one.
 */
export const upgradeToV2: UpgradeStep = (db, tx) => {
  db.createObjectStore('meta');
  tx.objectStore('usage').createIndex('byLastOpened', 'lastOpenedAt');
  // Any failure aborts the upgrade, so the open fails and the caller falls back to memory.
  migrateToV2(tx).catch(() => abortQuietly(tx));
};

async function migrateToV2(tx: UpgradeTransaction): Promise<void> {
  const usage = tx.objectStore('usage');
  const rows: unknown[] = await usage.getAll();
  const renamed = rows.flatMap((row) => {
    if (typeof row !== 'object' || row === null || !('lastOpened' in row)) return [];
    const { lastOpened, ...rest } = row as Record<string, unknown>;
    // Re-validated with zod on every read, like any other row.
    return [usage.put({ ...rest, lastOpenedAt: lastOpened } as Usage)];
  });
  await Promise.all(renamed);
  const groups: unknown[] = await tx.objectStore('groups').getAll();
  const active = newestGroupId(groups);
  if (active !== undefined) await tx.objectStore('meta').put(active, ACTIVE_GROUP_KEY);
}

function newestGroupId(groups: readonly unknown[]): string | undefined {
  let best: { id: string; fetchedAt: number } | undefined;
  for (const group of groups) {
    const { instanceGroupId: id, fetchedAt } = (group ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string') continue;
    const time = typeof fetchedAt === 'number' ? fetchedAt : -Infinity;
    if (best === undefined || time > best.fetchedAt) best = { id, fetchedAt: time };
  }
  return best?.id;
}

/**
 * Version 2 → 3: adds `pins` (by `orgId`) and `history` (auto-increment `id`, indexed by `at`).
 * Every existing row stays as it is.
 */
export const upgradeToV3: UpgradeStep = (db) => {
  db.createObjectStore('pins', { keyPath: 'orgId' });
  const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
  history.createIndex('byAt', 'at');
};

/**
 * Version 3 → 4: a group's instances move from one `instances` row per org (with its `order`, a
 * `byGroup` index entry each) to `instanceChunks` of `CHUNK_SIZE` instances in list order, keyed
 * `[instanceGroupId, chunk]`; then `instances` and its index go. All of it in the upgrade
 * transaction: a failure aborts the upgrade and leaves version 3 as it was.
 */
export const upgradeToV4: UpgradeStep = (db, tx) => {
  db.createObjectStore('instanceChunks', { keyPath: ['instanceGroupId', 'chunk'] });
  migrateToV4(db, tx).catch(() => abortQuietly(tx));
};

async function migrateToV4(db: CacheDatabase, tx: UpgradeTransaction): Promise<void> {
  const legacy = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  const rows: unknown[] = await legacy.objectStore('instances').getAll();
  const chunks = tx.objectStore('instanceChunks');
  await Promise.all(chunkLegacyRows(rows).map((chunk) => chunks.put(chunk)));
  untyped(db).deleteObjectStore('instances');
}

/**
 * Rows of versions 1–3 (in key order: by group, then `orgId`) as chunks: each group's rows by `order`
 * (a row without a numeric one last), without the two fields the chunk now carries. The rows are
 * moved as they are, not checked: reads check them, as they did before.
 */
export function chunkLegacyRows(rows: readonly unknown[]): InstanceChunk[] {
  const byGroup = new Map<string, { order: number; instance: Record<string, unknown> }[]>();
  for (const row of rows) {
    const { instanceGroupId, order, ...instance } = row as Record<string, unknown>;
    const id = instanceGroupId as string;
    const list = byGroup.get(id) ?? byGroup.set(id, []).get(id)!;
    list.push({ order: typeof order === 'number' ? order : Infinity, instance });
  }
  return [...byGroup].flatMap(([instanceGroupId, list]) => {
    const instances = list.sort((a, b) => a.order - b.order).map((entry) => entry.instance);
    return chunksOf(instanceGroupId, instances as unknown as Instance[]);
  });
}

/** `UPGRADE_STEPS[v]` upgrades version `v` to `v + 1`. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [upgradeToV1, upgradeToV2, upgradeToV3, upgradeToV4];

/** Abort a transaction that may already have finished. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing to undo.
  }
}
