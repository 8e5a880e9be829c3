/**
 * Opening the cache, and keeping it working when storage fails: open errors and later storage
 * errors (a full quota above all) fall back to memory with a visible warning; nothing crashes.
 */
import { UsageSchema } from '../directory/schema';
import type { InstanceGroup } from '../directory/schema';
import type { GroupReport, InstanceCache, RevisedReport } from './instance-cache';
import { createIdbOperations } from './idb-cache';
import type { CacheOperations, IdbOperations } from './idb-cache';
import { createMemoryCache } from './memory-cache';
import type { MemorySeed } from './memory-cache';
import { openDatabase } from './open-database';
import { freezeReport, revisionKey } from './remembered-group';
import type { RememberedGroup } from './remembered-group';
import { checkWritableGroup } from './rows';
import type { CacheDatabase } from './upgrade';
import { openFailedWarning, writeFailedWarning } from './warnings';

/** What can still be read from IndexedDB, so switching to memory loses as little as possible. */
async function salvage(operations: CacheOperations): Promise<MemorySeed> {
  const [groupReport, usage] = await Promise.all([
    operations.readGroup().catch(() => ({ group: null })),
    operations.readUsage().catch(() => []),
  ]);
  return { group: groupReport.group, usage };
}

/** Stamps a revision on a group stored without one; `null` when that fails (never fatal). */
const stamp = (stored: IdbOperations) => stored.stampRevision(crypto.randomUUID()).catch(() => null);

/**
 * The active group, read once: later reads return the same frozen report for as long as the
 * stored revision is the one it was read or written at (one small `meta` read). Callers that ask
 * while a full read is under way share it (a waking worker answers `getState`, the badge and the
 * kept page at once); a write or clear meanwhile keeps that read from being remembered.
 */
function rememberGroups(stored: IdbOperations) {
  let remembered: RememberedGroup | null = null;
  let reading: Promise<RevisedReport> | null = null;
  /** Bumped by every write and clear: a read started before one is not remembered after it. */
  let generation = 0;

  async function readFully(): Promise<RevisedReport> {
    const started = generation;
    const read = await stored.readRevisedGroup();
    const { report } = read;
    // A group stored without a revision gets one, so it is parsed once here too. Rows changed
    // without a new revision between these two transactions would be missed: only code from
    // before revisions (or a bench seed) writes that way.
    const revision = read.revision ?? (report.group ? await stamp(stored) : null);
    if (revision === null) return { report, revision };
    const result = { revision, report: freezeReport(report) };
    if (generation === started) remembered = result;
    return result;
  }

  async function readRevised(): Promise<RevisedReport> {
    const known = remembered;
    if (known && (await stored.readRevision()) === known.revision) return known;
    if (remembered === known) remembered = null;
    if (reading === null) {
      const shared = readFully().finally(() => {
        if (reading === shared) reading = null;
      });
      reading = shared;
    }
    return reading;
  }
  const forget = () => {
    generation++;
    remembered = null;
    reading = null;
  };
  return {
    readRevised,
    read: async (): Promise<GroupReport> => (await readRevised()).report,
    async write(group: InstanceGroup): Promise<void> {
      forget();
      const revision = crypto.randomUUID();
      await stored.writeRevisedGroup(group, revision);
      // `group` is `checkWritableGroup`'s own parsed copy: nobody else holds it.
      const report = freezeReport({ group, problems: [] });
      remembered = { revision: revisionKey(group.instanceGroupId, revision), report };
    },
    forget,
  };
}

/**
 * Wrap an open database so any storage error switches the cache to memory for the rest of the
 * session; the failed call is then answered by the memory cache. Concurrent failures share one
 * switch. The active group is parsed once and remembered until its revision changes.
 */
function createResilientCache(db: CacheDatabase): InstanceCache {
  const stored = createIdbOperations(db);
  const groups = rememberGroups(stored);
  let memory: InstanceCache | null = null;
  let switching: Promise<InstanceCache> | null = null;

  const fallBack = (error: unknown): Promise<InstanceCache> =>
    (switching ??= salvage(stored).then((seed) => {
      db.close();
      memory = createMemoryCache(writeFailedWarning(error), seed);
      return memory;
    }));

  /** `operation` on IndexedDB (through `onStored`, if given), else on the memory cache. */
  const run = async <T>(
    operation: (cache: CacheOperations) => Promise<T>,
    onStored: () => Promise<T> = () => operation(stored),
  ): Promise<T> => {
    if (switching !== null) return operation(await switching);
    try {
      return await onStored();
    } catch (error) {
      groups.forget();
      return operation(await fallBack(error));
    }
  };

  return {
    readGroup: () => run((cache) => cache.readGroup(), groups.read),
    readRevisedGroup: () =>
      run(async (cache) => ({ report: await cache.readGroup(), revision: null }), groups.readRevised),
    writeGroup: async (group) => {
      const checked = checkWritableGroup(group);
      await run(
        (cache) => cache.writeGroup(checked),
        () => groups.write(checked),
      );
    },
    recordUse: async (orgId, now = Date.now()) => {
      UsageSchema.parse({ orgId, lastOpenedAt: now, count: 1 });
      return run((cache) => cache.recordUse(orgId, now));
    },
    readUsage: () => run((cache) => cache.readUsage()),
    readUsageReport: () => run((cache) => cache.readUsageReport()),
    clear: () => {
      groups.forget();
      return run((cache) => cache.clear());
    },
    get kind() {
      return memory === null ? 'indexeddb' : 'memory';
    },
    get warning() {
      return memory?.warning ?? null;
    },
    close: () => db.close(),
  };
}

/**
 * Open the IndexedDB cache through `factory` (a fresh fake one in tests). Rejects when the
 * database cannot be opened; see `openCacheOrMemory` for the variant that never rejects.
 */
export async function openCache(factory: IDBFactory = globalThis.indexedDB): Promise<InstanceCache> {
  // `globalThis.indexedDB` is typed as always present, but is missing in some contexts.
  if ((factory as IDBFactory | undefined) === undefined) {
    throw new DOMException('IndexedDB is not available', 'MissingIndexedDB');
  }
  return createResilientCache(await openDatabase(factory));
}

/**
 * Open the IndexedDB cache, or, on any open error (blocked, `VersionError`, no `indexedDB`,
 * `SecurityError`, `UnknownError`, …), a memory cache whose `warning` says the list is kept only
 * until the browser closes, and why.
 */
export async function openCacheOrMemory(factory: IDBFactory = globalThis.indexedDB): Promise<InstanceCache> {
  try {
    return await openCache(factory);
  } catch (error) {
    return createMemoryCache(openFailedWarning(error));
  }
}
