/**
 * The cache operations on an open database. Storage errors propagate from here; the resilient
 * wrapper in `open-cache.ts` turns them into a fallback to memory.
 */
import { UsageSchema } from '../directory/schema';
import type { InstanceGroup, Usage } from '../directory/schema';
import type { GroupReport, InstanceCache, RevisedReport, UsageReport } from './instance-cache';
import { parseGroupRow, parseInstanceChunks, parseUsageRows, toChunks } from './rows';
import { revisionKey } from './remembered-group';
import { ACTIVE_GROUP_KEY, GROUP_REVISION_KEY } from './schema';
import { runInTransaction } from './transaction';
import type { CacheDatabase } from './upgrade';

/** What a backing store does; `kind`, `warning` and `close` belong to the wrapper. */
export type CacheOperations = Omit<InstanceCache, 'kind' | 'warning' | 'close' | 'readRevisedGroup'>;

export type { RevisedReport };

/** IndexedDB's operations, plus the revision reads and writes the wrapper remembers a group by. */
export interface IdbOperations extends CacheOperations {
  readRevisedGroup(): Promise<RevisedReport>;
  /** The active group's revision, read without touching its instances. */
  readRevision(): Promise<string | null>;
  writeRevisedGroup(group: InstanceGroup, revision: string): Promise<void>;
  /**
   * Give the active group `revision` if it has none (a database written before revisions, or by
   * a bench seed); returns the revision now stored, or `null` when there is no active group.
   */
  stampRevision(revision: string): Promise<string | null>;
}

/** A revision names the active group too, so a group made active by id alone never matches. */
function revisionOf(activeId: unknown, revision: unknown): string | null {
  return typeof activeId === 'string' && typeof revision === 'string'
    ? revisionKey(activeId, revision)
    : null;
}

/** Every chunk key of one group: arrays sort after numbers, so `[id, []]` bounds `[id, *]`. */
function groupKeys(groupId: string): IDBKeyRange {
  return IDBKeyRange.bound([groupId], [groupId, []]);
}

async function readRevision(db: CacheDatabase): Promise<string | null> {
  const tx = db.transaction('meta', 'readonly');
  return runInTransaction(tx, async () =>
    revisionOf(await tx.store.get(ACTIVE_GROUP_KEY), await tx.store.get(GROUP_REVISION_KEY)),
  );
}

async function stampRevision(db: CacheDatabase, revision: string): Promise<string | null> {
  const tx = db.transaction('meta', 'readwrite');
  return runInTransaction(tx, async (track) => {
    const [activeId, stored] = await Promise.all([
      tx.store.get(ACTIVE_GROUP_KEY),
      tx.store.get(GROUP_REVISION_KEY),
    ]);
    if (typeof stored === 'string') return revisionOf(activeId, stored);
    if (typeof activeId !== 'string') return null;
    track(tx.store.put(revision, GROUP_REVISION_KEY));
    return revisionOf(activeId, revision);
  });
}

const readTransaction = (db: CacheDatabase) =>
  db.transaction(['meta', 'groups', 'instanceChunks'], 'readonly');
type ReadTransaction = ReturnType<typeof readTransaction>;

async function readRevisedGroup(db: CacheDatabase): Promise<RevisedReport> {
  const tx = readTransaction(db);
  return runInTransaction(tx, async () => {
    const meta = tx.objectStore('meta');
    const [activeId, revision] = await Promise.all([
      meta.get(ACTIVE_GROUP_KEY),
      meta.get(GROUP_REVISION_KEY),
    ]);
    return { report: await readActiveGroup(tx, activeId), revision: revisionOf(activeId, revision) };
  });
}

async function readActiveGroup(tx: ReadTransaction, activeId: unknown): Promise<GroupReport> {
  if (activeId === undefined) return { group: null, problems: [] };
  if (typeof activeId !== 'string') {
    return { group: null, problems: ['the active group marker is not a group id; ignored'] };
  }
  const groupRow: unknown = await tx.objectStore('groups').get(activeId);
  if (groupRow === undefined) {
    return { group: null, problems: [`group ${activeId} is marked active but is not stored`] };
  }
  const parsed = parseGroupRow(groupRow, activeId);
  if (!parsed.ok) return { group: null, problems: [parsed.problem] };
  const chunks: unknown[] = await tx.objectStore('instanceChunks').getAll(groupKeys(activeId));
  const { instances, problems } = parseInstanceChunks(chunks, activeId);
  return { group: { ...parsed.value, instances }, problems };
}

async function writeGroup(db: CacheDatabase, group: InstanceGroup, revision: string): Promise<void> {
  const { groupRow, chunks } = toChunks(group);
  const tx = db.transaction(['meta', 'groups', 'instanceChunks'], 'readwrite');
  await runInTransaction(tx, async (track) => {
    const previous = await tx.objectStore('meta').get(ACTIVE_GROUP_KEY);
    const groups = tx.objectStore('groups');
    const stored = tx.objectStore('instanceChunks');
    for (const id of new Set([previous, group.instanceGroupId])) {
      if (typeof id !== 'string') continue;
      track(groups.delete(id));
      track(stored.delete(groupKeys(id)));
    }
    track(groups.put(groupRow));
    for (const chunk of chunks) track(stored.put(chunk));
    track(tx.objectStore('meta').put(group.instanceGroupId, ACTIVE_GROUP_KEY));
    track(tx.objectStore('meta').put(revision, GROUP_REVISION_KEY));
  });
}

async function recordUse(db: CacheDatabase, orgId: string, now: number): Promise<Usage> {
  const tx = db.transaction('usage', 'readwrite');
  return runInTransaction(tx, async (track) => {
    const previous = UsageSchema.safeParse(await tx.store.get(orgId));
    // A missing or corrupt row starts again from zero.
    const count = previous.success ? previous.data.count + 1 : 1;
    const usage: Usage = { orgId, lastOpenedAt: now, count };
    track(tx.store.put(usage));
    return usage;
  });
}

async function readUsageReport(db: CacheDatabase): Promise<UsageReport> {
  // The whole store, not the `byLastOpened` index: a row without a valid `lastOpenedAt` is
  // missing from the index, and it should be reported, not silently skipped.
  const tx = db.transaction('usage', 'readonly');
  const rows: unknown[] = await runInTransaction(tx, () => tx.store.getAll());
  return parseUsageRows(rows);
}

async function clear(db: CacheDatabase): Promise<void> {
  const tx = db.transaction(['groups', 'instanceChunks', 'usage', 'meta'], 'readwrite');
  await runInTransaction(tx, async (track) => {
    for (const name of ['groups', 'instanceChunks', 'usage', 'meta'] as const)
      track(tx.objectStore(name).clear());
  });
}

/** The cache operations on `db`; each runs in one transaction and throws on storage errors. */
export function createIdbOperations(db: CacheDatabase): IdbOperations {
  return {
    readGroup: async () => (await readRevisedGroup(db)).report,
    readRevisedGroup: () => readRevisedGroup(db),
    readRevision: () => readRevision(db),
    writeGroup: (group) => writeGroup(db, group, crypto.randomUUID()),
    writeRevisedGroup: (group, revision) => writeGroup(db, group, revision),
    stampRevision: (revision) => stampRevision(db, revision),
    recordUse: (orgId, now = Date.now()) => recordUse(db, orgId, now),
    readUsage: async () => (await readUsageReport(db)).usage,
    readUsageReport: () => readUsageReport(db),
    clear: () => clear(db),
  };
}
