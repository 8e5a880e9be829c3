/**
 * The in-memory cache: same behaviour as the IndexedDB one, kept only as long as this context
 * lives. Used when IndexedDB cannot be opened or stops accepting writes.
 */
import { UsageSchema } from '../directory/schema';
import type { InstanceGroup, Usage } from '../directory/schema';
import type { InstanceCache } from './instance-cache';
import { checkWritableGroup, sortUsage } from './rows';

/** What a memory cache starts with, e.g. what could still be read from IndexedDB. */
export interface MemorySeed {
  group: InstanceGroup | null;
  usage: readonly Usage[];
}

/**
 * A cache held in memory. Values are copied in and out (like IndexedDB's structured clone), so
 * callers cannot change the cache by mutating what they passed or received.
 */
export function createMemoryCache(
  warning: string | null = null,
  seed: MemorySeed = { group: null, usage: [] },
): InstanceCache {
  let group = structuredClone(seed.group);
  const usage = new Map(seed.usage.map((row) => [row.orgId, { ...row }]));
  const readUsage = async (): Promise<Usage[]> => sortUsage([...usage.values()].map((row) => ({ ...row })));
  return {
    kind: 'memory',
    warning,
    readGroup: async () => ({ group: structuredClone(group), problems: [] }),
    writeGroup: async (next) => {
      group = structuredClone(checkWritableGroup(next));
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
      group = null;
      usage.clear();
    },
    close: () => undefined,
  };
}
