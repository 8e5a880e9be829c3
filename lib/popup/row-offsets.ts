/**
 * Row geometry of the popup's virtualised list, where rows differ in height (a long org name wraps
 * onto a second line). Heights measured once are remembered by key; rows never measured count as
 * `estimate`. Pure, so it is tested without a DOM.
 */
export interface RowWindow {
  first: number;
  last: number;
  before: number;
  after: number;
}

/**
 * Offsets of every row's top, plus the total height as the last entry (`length + 1` numbers).
 * Heights are whole pixels (`offsetHeight`), so 32-bit integers hold them.
 */
export function rowOffsets<K>(keys: ArrayLike<K>, heights: ReadonlyMap<K, number>, estimate: number) {
  const offsets = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i]! + (heights.get(keys[i]!) ?? estimate);
  return offsets;
}

/** The first row whose bottom is below `y` (binary search over `offsets`). */
export function rowAt(offsets: ArrayLike<number>, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low);
}

/** The rows to render for a view from `top` of `height` px, with `overscan` rows either side. */
export function rowWindow(
  offsets: ArrayLike<number>,
  top: number,
  height: number,
  overscan: number,
): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: 0, before: 0, after: 0 };
  const first = Math.max(0, rowAt(offsets, top) - overscan);
  const last = Math.min(count, rowAt(offsets, top + height) + 1 + overscan);
  return { first, last, before: offsets[first]!, after: offsets[count]! - offsets[last]! };
}
