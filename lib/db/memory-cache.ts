/**
 * The in-memory cache: same behaviour as the IndexedDB one, kept only as long as this context
 * lives. Used when IndexedDB cannot be opened or stops accepting writes.
 */
import { UsageSchema } from '../directory/schema';
import type { InstanceGroup, Usage } from '../directory/schema';
import type { InstanceCache } from './instance-cache';
import { freezeReport } from './remembered-group';
import { checkWritableGroup, sortUsage } from './rows';

/** What a memory cache starts with, e.g. what could still be read from IndexedDB. */
export interface MemorySeed {
  group: InstanceGroup | null;
  usage: readonly Usage[];
}

/**
 * A cache held in memory. A written group is copied in and frozen, and every read hands out that
 * frozen copy (no copy per read, whatever the group's size), so callers cannot change the cache
 * by mutating what they passed or received. Usage rows are copied in and out.
 */
export function createMemoryCache(
  warning: string | null = null,
  seed: MemorySeed = { group: null, usage: [] },
): InstanceCache {
  const frozen = (next: InstanceGroup | null) => freezeReport({ group: structuredClone(next), problems: [] });
  let report = frozen(seed.group);
  const usage = new Map(seed.usage.map((row) => [row.orgId, { ...row }]));
  const readUsage = async (): Promise<Usage[]> => sortUsage([...usage.values()].map((row) => ({ ...row })));
  return {
    kind: 'memory',
    warning,
    readGroup: async () => report,
    writeGroup: async (next) => {
      report = frozen(checkWritableGroup(next));
    },
    recordUse: async (orgId, now = Date.now()) => {
      const row: Usage = UsageSchema.parse({
        orgId,
        lastOpenedAt: now,
        count: (usage.get(orgId)?.count ?? 0) + 1,
      });
      usage.set(orgId, row);
      return { ...row };
    },
    readUsage,
    readUsageReport: async () => ({ usage: await readUsage(), problems: [] }),
    clear: async () => {
      report = frozen(null);
      usage.clear();
    },
    close: () => undefined,
  };
}
