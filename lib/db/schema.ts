/**
 * The typed shape of the `cross-instance-sign-in` IndexedDB database (current version).
 *
 * Nothing here ever holds a token, cookie or other secret: the rows carry only the instance
 * list and usage counts, and the schema has no field where a credential could go.
 */
import type { DBSchema } from 'idb';
import type { Instance, InstanceGroup, Usage } from '../directory/schema';
import type { HistoryRow, PinRow } from './extras-schema';

/** The database name, shared by every extension context. */
export const DB_NAME = 'cross-instance-sign-in';

/** The current schema version; `UPGRADE_STEPS` has one step per version below it. */
export const DB_VERSION = 4;

/** The `meta` key holding the `instanceGroupId` of the group every view reads. */
export const ACTIVE_GROUP_KEY = 'activeGroupId';

/**
 * The `meta` key of the active group's revision: a new random value with every `writeGroup`, so a
 * context that already holds the parsed group can tell with one small read that it is current.
 */
export const GROUP_REVISION_KEY = 'groupRevision';

/** A group as stored: the group without its instances (those live in `instanceChunks`). */
export type GroupRow = Omit<InstanceGroup, 'instances'>;

/**
 * How many instances one chunk holds (the last chunk of a group may hold fewer). A write costs
 * IndexedDB a `put`, a key and a structured clone per stored value, so a group of 50,000 orgs is
 * 100 values, not 50,000. Readers do not depend on it: they concatenate the chunks in key order.
 */
export const CHUNK_SIZE = 500;

/**
 * A block of one group's instances in list order (version 4): chunk `n` holds the instances that
 * follow those of chunk `n - 1`.
 */
export interface InstanceChunk {
  instanceGroupId: string;
  chunk: number;
  instances: Instance[];
}

/** The key of an instance chunk: `[instanceGroupId, chunk]`. */
export type ChunkKey = [instanceGroupId: string, chunk: number];

/**
 * Version 4 of the database. Values are typed as written; reads still re-validate every row with
 * zod, because older code, other versions or a corrupted profile may have written something else.
 * Versions 1–3 had an `instances` store instead of `instanceChunks`: one row per org, keyed by
 * `[instanceGroupId, orgId]`, with its `order` and a `byGroup` index (`upgradeToV4` moves them).
 */
export interface CacheDb extends DBSchema {
  groups: { key: string; value: GroupRow };
  /** A group's instances, a chunk of up to `CHUNK_SIZE` per value (version 4). */
  instanceChunks: { key: ChunkKey; value: InstanceChunk };
  usage: { key: string; value: Usage; indexes: { byLastOpened: number } };
  meta: { key: string; value: string };
  /** Pinned orgs (version 3). */
  pins: { key: string; value: PinRow };
  /** The switch history, oldest first by its auto-increment `id` (version 3). */
  history: { key: number; value: HistoryRow; indexes: { byAt: number } };
}

/** The store names, for transactions that touch several stores. */
export type StoreName = 'groups' | 'instanceChunks' | 'usage' | 'meta' | 'pins' | 'history';
