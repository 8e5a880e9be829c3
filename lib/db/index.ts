/**
 * The IndexedDB cache of the linked instance group. Only this folder may open IndexedDB.
 * Nothing stored here is a token or secret.
 */
export type { GroupReport, InstanceCache, UsageReport } from './instance-cache';
export { createMemoryCache } from './memory-cache';
export type { MemorySeed } from './memory-cache';
export { openCache, openCacheOrMemory } from './open-cache';
export { openDatabase } from './open-database';
export { toChunks } from './rows';
export { ACTIVE_GROUP_KEY, CHUNK_SIZE, DB_NAME, DB_VERSION, GROUP_REVISION_KEY } from './schema';
export type { CacheDb, ChunkKey, GroupRow, InstanceChunk } from './schema';
export { UPGRADE_STEPS, upgradeToV1, upgradeToV2, upgradeToV3, upgradeToV4 } from './upgrade';
export { HISTORY_LIMIT, HistoryRowSchema, PinRowSchema } from './extras-schema';
export type { HistoryHow, HistoryOutcome, HistoryRow, PinRow } from './extras-schema';
export { openExtras } from './extras';
export type { Extras } from './extras';
export type { CacheDatabase, UpgradeStep, UpgradeTransaction } from './upgrade';
