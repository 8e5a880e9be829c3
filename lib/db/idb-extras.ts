/** Pins and history on an open version-3 database; storage errors propagate to `extras.ts`. */
import { HISTORY_LIMIT, HistoryRowSchema, PinRowSchema, isSameStart } from './extras-schema';
import type { HistoryRow, PinRow } from './extras-schema';
import type { ExtrasOperations } from './extras';
import { runInTransaction } from './transaction';
import type { CacheDatabase } from './upgrade';

function validRows<T>(
  rows: readonly unknown[],
  schema: { safeParse(row: unknown): { success: boolean; data?: T } },
): T[] {
  return rows.flatMap((row) => {
    const result = schema.safeParse(row);
    return result.success ? [result.data as T] : [];
  });
}

async function readPins(db: CacheDatabase): Promise<PinRow[]> {
  const rows: unknown[] = await db.getAll('pins');
  return validRows<PinRow>(rows, PinRowSchema).sort((a, b) => a.pinnedAt - b.pinnedAt);
}

async function setPinned(
  db: CacheDatabase,
  orgId: string,
  isPinned: boolean,
  now: number,
): Promise<PinRow[]> {
  const tx = db.transaction('pins', 'readwrite');
  await runInTransaction(tx, async (track) => {
    if (!isPinned) track(tx.store.delete(orgId));
    else if ((await tx.store.get(orgId)) === undefined)
      track(tx.store.put(PinRowSchema.parse({ orgId, pinnedAt: now })));
  });
  return readPins(db);
}

async function appendHistory(db: CacheDatabase, row: Omit<HistoryRow, 'id'>): Promise<number> {
  const tx = db.transaction('history', 'readwrite');
  return runInTransaction(tx, async (track) => {
    // A switch resumed after a worker stop starts again with its first start's time: one row.
    const newest = await tx.store.openCursor(null, 'prev');
    if (newest?.value.id !== undefined && isSameStart(newest.value, row)) return newest.value.id;
    const id = await tx.store.add(row as HistoryRow);
    // Keys only grow, so the oldest rows come first: delete what goes beyond the limit.
    const excess = (await tx.store.count()) - HISTORY_LIMIT;
    if (excess > 0) {
      const oldest = await tx.store.getAllKeys(null, excess);
      for (const key of oldest) track(tx.store.delete(key));
    }
    return id;
  });
}

async function settleHistory(
  db: CacheDatabase,
  toOrgId: string,
  outcome: HistoryRow['outcome'],
): Promise<void> {
  const tx = db.transaction('history', 'readwrite');
  await runInTransaction(tx, async (track) => {
    let cursor = await tx.store.openCursor(null, 'prev');
    // Only the recent past: a switch settles within seconds, never hundreds of switches later.
    for (let seen = 0; cursor && seen < 20; seen++, cursor = await cursor.continue()) {
      const parsed = HistoryRowSchema.safeParse(cursor.value);
      if (parsed.success && parsed.data.toOrgId === toOrgId && parsed.data.outcome === 'pending') {
        track(cursor.update({ ...parsed.data, outcome }));
        return;
      }
    }
  });
}

/** The pin and history operations on `db`. */
export function createIdbExtras(db: CacheDatabase): ExtrasOperations {
  return {
    readPins: () => readPins(db),
    setPinned: (orgId, isPinned, now = Date.now()) => setPinned(db, orgId, isPinned, now),
    appendHistory: (row) => appendHistory(db, row),
    settleHistory: (toOrgId, outcome) => settleHistory(db, toOrgId, outcome),
    readHistory: async () => validRows<HistoryRow>(await db.getAll('history'), HistoryRowSchema).reverse(),
    clearHistory: () => db.clear('history'),
  };
}
