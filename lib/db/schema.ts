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
export const DB_VERSION = 3;

/** The `meta` key holding the `instanceGroupId` of the group every view reads. */
export const ACTIVE_GROUP_KEY = 'activeGroupId';

/**
 * The `meta` key of the active group's revision: a new random value with every `writeGroup`, so a
 * context that already holds the parsed group can tell with one small read that it is current.
 */
export const GROUP_REVISION_KEY = 'groupRevision';

/** A group as stored: the group without its instances (those live in `instances`). */
export type GroupRow = Omit<InstanceGroup, 'instances'>;

/** One instance as stored, with its group and its position in the group's list. */
export type InstanceRow = Instance & { instanceGroupId: string; order: number };

/** The key of an instance row: `[instanceGroupId, orgId]`. */
export type InstanceKey = [instanceGroupId: string, orgId: string];

/**
 * Version 3 of the database. Values are typed as written; reads still re-validate every row with
 * zod, because older code, other versions or a corrupted profile may have written something else.
 */
export interface CacheDb extends DBSchema {
  groups: { key: string; value: GroupRow };
  instances: { key: InstanceKey; value: InstanceRow; indexes: { byGroup: string } };
  usage: { key: string; value: Usage; indexes: { byLastOpened: number } };
  meta: { key: string; value: string };
  /** Pinned orgs (version 3). */
  pins: { key: string; value: PinRow };
  /** The switch history, oldest first by its auto-increment `id` (version 3). */
  history: { key: number; value: HistoryRow; indexes: { byAt: number } };
}

/** The store names, for transactions that touch several stores. */
export type StoreName = 'groups' | 'instances' | 'usage' | 'meta' | 'pins' | 'history';
