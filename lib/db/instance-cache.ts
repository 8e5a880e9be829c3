/**
 * The cache interface every view and the background use, whether it is backed by IndexedDB or,
 * after a failure, by memory.
 */
import type { InstanceGroup, Usage } from '../directory/schema';

/** The active group with the problems met while reading it. */
export interface GroupReport {
  group: InstanceGroup | null;
  /** One plain sentence per dropped row, e.g. `instance row 3 of ig_x dropped: appUrl: Invalid URL`. */
  problems: string[];
}

/** A group report with the revision it was read at (`null`: none known, e.g. the memory cache). */
export interface RevisedReport {
  report: GroupReport;
  revision: string | null;
}

/** All usage rows with the problems met while reading them. */
export interface UsageReport {
  /** Most recently opened first; ties by `orgId`. */
  usage: Usage[];
  problems: string[];
}

/**
 * The cached instance group and per-org usage. Holds no tokens or secrets. Storage failures never
 * reach the caller: the cache switches to memory and sets `warning`. Invalid arguments (a group
 * failing `InstanceGroupSchema`, duplicate `orgId`s, an empty `orgId`) do throw a `ZodError`.
 */
export interface InstanceCache {
  /**
   * The active group with its instances in order; rows failing zod are dropped and reported. The
   * IndexedDB cache parses the rows once and then hands out the same frozen report for as long
   * as the stored revision (`GROUP_REVISION_KEY`, new with every write) has not changed.
   */
  readGroup(): Promise<GroupReport>;
  /**
   * `readGroup` with the stored revision it belongs to, so a view that reads the rows itself
   * (the popup, `lib/db/read-display-list.ts`) can tell whether it holds the same list. Caches
   * without revisions (memory) answer `revision: null`.
   */
  readRevisedGroup?(): Promise<RevisedReport>;
  /** Replaces the active group (and its instances) atomically in one transaction. */
  writeGroup(group: InstanceGroup): Promise<void>;
  /** Count one more opening of `orgId` at `now` (ms since epoch) and return the new usage. */
  recordUse(orgId: string, now?: number): Promise<Usage>;
  /** Valid usage rows, most recently opened first; corrupt rows are dropped silently here. */
  readUsage(): Promise<Usage[]>;
  /** Like `readUsage`, with a sentence for each dropped row. */
  readUsageReport(): Promise<UsageReport>;
  /** Removes groups, instances, usage and the active-group marker (tests and "forget"). */
  clear(): Promise<void>;
  readonly kind: 'indexeddb' | 'memory';
  /** Set when the cache fell back to memory: a human sentence for the UI. */
  readonly warning: string | null;
  /** Release the database connection. */
  close(): void;
}
