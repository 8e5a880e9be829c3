import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_ROWS,
  MAX_CHARS,
  MAX_ROWS,
  PAINT_KEY,
  clearPaintSnapshot,
  readPaintSnapshot,
  toPaintSnapshot,
  writePaintSnapshot,
} from '../../../lib/popup/snapshot';
import type { PaintRow } from '../../../lib/popup/snapshot';
import { MemoryStorage, paintWords } from './fixtures';

const row = (n: number, name = `Org ${n}`): PaintRow => ({
  id: `org-${n}`,
  name,
  login: `jane.doe+org${n}@acme.test`,
  badges: [{ text: 'Staging', kind: 'staging' }],
});
const rows = (count: number) => Array.from({ length: count }, (_, at) => row(at + 1));
const full = (list: PaintRow[], count = list.length) => ({
  count,
  rows: list,
  activeIndex: 0,
  words: paintWords,
  source: 'directory' as const,
  phase: 'ready',
});

describe('first-paint snapshot', () => {
  it('keeps every row of a small group, in order, with its count', () => {
    const snapshot = toPaintSnapshot(full(rows(20)));
    expect(snapshot).toMatchObject({ version: 2, count: 20, isPartial: false });
    expect(snapshot.rows.map((r) => r.name)).toEqual(rows(20).map((r) => r.name));
  });

  it('degrades on purpose above MAX_ROWS rows: the first screen only, and the real count', () => {
    const snapshot = toPaintSnapshot(full(rows(MAX_ROWS + 1), 50_000));
    expect(snapshot).toMatchObject({ count: 50_000, isPartial: true });
    expect(snapshot.rows).toEqual(rows(FIRST_SCREEN_ROWS));
  });

  it('degrades on purpose when the rows are long, even when few', () => {
    const long = Array.from({ length: 100 }, (_, at) => row(at + 1, 'x'.repeat(1000)));
    const snapshot = toPaintSnapshot(full(long));
    expect(snapshot.isPartial).toBe(true);
    expect(snapshot.rows).toHaveLength(FIRST_SCREEN_ROWS);
    expect(JSON.stringify(snapshot).length).toBeLessThan(MAX_CHARS);
  });

  it('a degraded snapshot of 50,000 orgs stays small and is written', () => {
    const storage = new MemoryStorage();
    expect(writePaintSnapshot(toPaintSnapshot(full(rows(MAX_ROWS + 1), 50_000)), storage)).toBe(true);
    expect(storage.getItem(PAINT_KEY)!.length).toBeLessThan(5_000);
    expect(readPaintSnapshot(storage)).toMatchObject({ count: 50_000, isPartial: true });
  });

  it('does not write back a screen asked for before the snapshot was last cleared (by any popup)', () => {
    const storage = new MemoryStorage();
    const snapshot = toPaintSnapshot(full(rows(3)));
    const askedAt = Date.now() - 1_000;
    clearPaintSnapshot(storage);
    expect(writePaintSnapshot(snapshot, storage, askedAt)).toBe(false);
    expect(readPaintSnapshot(storage)).toBeNull();
    expect(writePaintSnapshot(snapshot, storage, Date.now() + 1_000)).toBe(true);
    expect(readPaintSnapshot(storage)).toEqual(snapshot);
  });

  it('reads back what was written, and replaces the old whole-state snapshot', () => {
    const storage = new MemoryStorage();
    storage.setItem('cis.popup-snapshot.v1', '{"phase":"ready"}');
    const snapshot = toPaintSnapshot(full(rows(3)));
    expect(writePaintSnapshot(snapshot, storage)).toBe(true);
    expect(readPaintSnapshot(storage)).toEqual(snapshot);
    expect(storage.getItem('cis.popup-snapshot.v1')).toBeNull();
    clearPaintSnapshot(storage);
    expect(readPaintSnapshot(storage)).toBeNull();
  });

  it('a full localStorage leaves no snapshot, and says so', () => {
    const storage = new MemoryStorage(true);
    expect(writePaintSnapshot(toPaintSnapshot(full(rows(3))), storage)).toBe(false);
    expect(readPaintSnapshot(storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":'],
    ['null', 'null'],
    ['a number', '42'],
    ['another version', '{"version":1,"rows":[],"count":0,"words":{}}'],
    ['no rows', '{"version":2,"count":0,"words":{}}'],
    ['no words', '{"version":2,"rows":[],"count":0}'],
  ])('ignores a stored value that is %s', (_, text) => {
    const storage = new MemoryStorage();
    storage.setItem(PAINT_KEY, text);
    expect(readPaintSnapshot(storage)).toBeNull();
  });
});
