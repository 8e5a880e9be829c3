/**
 * Pins and switch history (stores `pins` and `history`, database version 3), with the same rule as
 * the instance cache: a storage failure never reaches the caller, the rows then live in memory.
 */
import { HISTORY_LIMIT, HistoryRowSchema, PinRowSchema, isSameStart } from './extras-schema';
import type { HistoryOutcome, HistoryRow, PinRow } from './extras-schema';
import { createIdbExtras } from './idb-extras';
import { openDatabase } from './open-database';

/** Pins and history, whatever backs them. */
export interface Extras {
  /** Pinned orgs in the order they were pinned; rows failing zod are dropped. */
  readPins(): Promise<PinRow[]>;
  /** Pins or unpins `orgId` and returns the pins after the change. */
  setPinned(orgId: string, isPinned: boolean, now?: number): Promise<PinRow[]>;
  /** Adds a switch to the history (the oldest go beyond `HISTORY_LIMIT`); returns its id. */
  appendHistory(row: Omit<HistoryRow, 'id'>): Promise<number>;
  /** Sets the outcome of the newest still-pending switch to `toOrgId`, if there is one. */
  settleHistory(toOrgId: string, outcome: Exclude<HistoryOutcome, 'pending'>): Promise<void>;
  /** The history, newest first; rows failing zod are dropped. */
  readHistory(): Promise<HistoryRow[]>;
  clearHistory(): Promise<void>;
  readonly kind: 'indexeddb' | 'memory';
}

/** The operations without `kind`: what IndexedDB and memory both implement. */
export type ExtrasOperations = Omit<Extras, 'kind'>;

/** Pins and history kept in memory for as long as this context lives. */
export function createMemoryExtras(): ExtrasOperations {
  const pins = new Map<string, PinRow>();
  let history: HistoryRow[] = [];
  let nextId = 1;
  const sortedPins = () =>
    [...pins.values()].sort((a, b) => a.pinnedAt - b.pinnedAt).map((row) => ({ ...row }));
  return {
    readPins: async () => sortedPins(),
    setPinned: async (orgId, isPinned, now = Date.now()) => {
      if (!isPinned) pins.delete(orgId);
      else if (!pins.has(orgId)) pins.set(orgId, PinRowSchema.parse({ orgId, pinnedAt: now }));
      return sortedPins();
    },
    appendHistory: async (row) => {
      const newest = history.at(-1);
      if (newest?.id !== undefined && isSameStart(newest, row)) return newest.id;
      const id = nextId++;
      history = [...history, HistoryRowSchema.parse({ ...row, id })].slice(-HISTORY_LIMIT);
      return id;
    },
    settleHistory: async (toOrgId, outcome) => {
      const row = [...history]
        .reverse()
        .find((entry) => entry.toOrgId === toOrgId && entry.outcome === 'pending');
      if (row) row.outcome = outcome;
    },
    readHistory: async () => [...history].reverse().map((row) => ({ ...row })),
    clearHistory: async () => {
      history = [];
    },
  };
}

/**
 * Opens pins and history on IndexedDB through `factory`, or in memory when it cannot be opened;
 * a later storage error moves them to memory for the rest of the context's life.
 */
export async function openExtras(factory: IDBFactory = globalThis.indexedDB): Promise<Extras> {
  let backing: ExtrasOperations;
  let kind: Extras['kind'] = 'indexeddb';
  try {
    backing = createIdbExtras(await openDatabase(factory));
  } catch {
    backing = createMemoryExtras();
    kind = 'memory';
  }
  const run = async <T>(operation: (ops: ExtrasOperations) => Promise<T>): Promise<T> => {
    try {
      return await operation(backing);
    } catch (error) {
      if (kind === 'memory') throw error;
      backing = createMemoryExtras();
      kind = 'memory';
      return operation(backing);
    }
  };
  return {
    readPins: () => run((ops) => ops.readPins()),
    setPinned: (orgId, isPinned, now) => run((ops) => ops.setPinned(orgId, isPinned, now)),
    appendHistory: (row) => run((ops) => ops.appendHistory(HistoryRowSchema.parse(row))),
    settleHistory: (toOrgId, outcome) => run((ops) => ops.settleHistory(toOrgId, outcome)),
    readHistory: () => run((ops) => ops.readHistory()),
    clearHistory: () => run((ops) => ops.clearHistory()),
    get kind() {
      return kind;
    },
  };
}
