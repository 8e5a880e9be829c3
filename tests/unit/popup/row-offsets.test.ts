import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, rowWindow } from '../../../lib/popup/row-offsets';

describe('rowOffsets', () => {
  it('uses measured heights where known and the estimate elsewhere', () => {
    const offsets = rowOffsets(['a', 'b', 'c'], new Map([['b', 90]]), 60);
    expect([...offsets]).toEqual([0, 60, 150, 210]);
  });
});

describe('rowAt and rowWindow', () => {
  const offsets = rowOffsets(
    Array.from({ length: 100 }, (_, i) => String(i)),
    new Map(),
    50,
  );
  it.each([
    [0, 0],
    [49, 0],
    [50, 1],
    [4999, 99],
    [9999, 99],
  ])('y %i is in row %i', (y, row) => {
    expect(rowAt(offsets, y)).toBe(row);
  });

  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    expect(rowWindow(offsets, 1000, 300, 2)).toEqual({ first: 18, last: 29, before: 900, after: 3550 });
    expect(rowWindow(offsets, 0, 300, 6)).toEqual({ first: 0, last: 13, before: 0, after: 4350 });
  });

  it('handles an empty list', () => {
    expect(rowWindow(rowOffsets([], new Map(), 50), 0, 300, 6)).toEqual({
      first: 0,
      last: 0,
      before: 0,
      after: 0,
    });
  });
});
