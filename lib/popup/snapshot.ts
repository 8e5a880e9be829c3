/**
 * The popup's first-paint snapshot: what its first screen shows, as plain words, so a tiny classic
 * script (`assets/popup-paint.js`) paints it before the module loads. It holds no token and no
 * secret (only names, logins and the words on screen), in the extension origin's `localStorage`.
 *
 * Rows are in display order; their badges are generic `{ text, kind }` pairs, so anything a row
 * shows (environment, primary, "You are here", recent use, pins…) is just more data. A large group
 * degrades on purpose: the first screen's rows only, plus the count, well below `localStorage`'s
 * limit.
 *
 * The shape is read by `assets/popup-paint.js` too: change both together (bump `PAINT_KEY`).
 */

export const PAINT_KEY = 'cis.popup-paint.v2';
/** The key of the old whole-state snapshot, removed when the first-paint one is written. */
const OLD_KEY = 'cis.popup-snapshot.v1';
/** Rows of the first screen: what `components/OrgList` renders before it measures anything. */
export const FIRST_SCREEN_ROWS = 12;
/** Above this many rows, or `MAX_CHARS` characters, only the first screen's rows are kept. */
export const MAX_ROWS = 200;
export const MAX_CHARS = 64_000;

export interface PaintBadge {
  text: string;
  /** The badge's look: `badge--KIND`, or `used` for the recent-use words, `here` for the pin icon. */
  kind: string;
}

export interface PaintRow {
  /** The option's DOM id (`optionId`). */
  id: string;
  name: string;
  login: string;
  badges: PaintBadge[];
  colour?: string;
  isCurrent?: boolean;
  /** The session status line under the row ("Saved session · 5 min ago"), when known. */
  status?: string;
}

/** The first screen's words, as the popup last showed them (already in the person's language). */
export interface PaintWords {
  title: string;
  options: string;
  /** The header menu's label, when the menu was shown. */
  menu: string | null;
  who: string | null;
  age: string | null;
  filterLabel: string;
  placeholder: string;
  listLabel: string;
  note: string;
  hint: string;
  next: string;
}

export interface PaintSnapshot {
  version: 2;
  /** How many orgs the list has (`aria-setsize`), even when `rows` are fewer. */
  count: number;
  rows: PaintRow[];
  /** The row Enter opens (index in `rows`), `-1` for none. */
  activeIndex: number;
  /** True when only the first screen's rows were kept. */
  isPartial: boolean;
  words: PaintWords;
  /** Which list it was and in which phase: the popup's guess until the background answers. */
  source: 'directory' | 'manual';
  phase: string;
}

/** What is painted from `rows`: the whole snapshot when small, else the first screen's rows. */
export function toPaintSnapshot(full: Omit<PaintSnapshot, 'version' | 'isPartial'>): PaintSnapshot {
  const whole: PaintSnapshot = { version: 2, ...full, isPartial: false };
  if (full.rows.length <= MAX_ROWS && JSON.stringify(whole).length <= MAX_CHARS) return whole;
  return { ...whole, rows: full.rows.slice(0, FIRST_SCREEN_ROWS), isPartial: true };
}

/** When the snapshot was last cleared (ms since the epoch): a write asked for before then is stale. */
const CLEARED_KEY = 'cis.popup-paint.cleared';

/**
 * Stores `snapshot`; a full or disabled `localStorage` only costs the instant first paint. With
 * `askedAt` (when the screen it shows was on screen), a snapshot cleared since then, by this popup
 * or another, is not written back: it would paint a list the screen no longer is.
 */
export function writePaintSnapshot(
  snapshot: PaintSnapshot,
  storage: Storage = localStorage,
  askedAt?: number,
): boolean {
  try {
    if (askedAt !== undefined && Number(storage.getItem(CLEARED_KEY) ?? 0) >= askedAt) return false;
    storage.removeItem(OLD_KEY);
    storage.setItem(PAINT_KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    clearPaintSnapshot(storage);
    return false;
  }
}

/** The stored snapshot, or `null` when none or not in this shape. */
export function readPaintSnapshot(storage: Storage = localStorage): PaintSnapshot | null {
  try {
    const value = JSON.parse(storage.getItem(PAINT_KEY) ?? 'null') as PaintSnapshot | null;
    const isShaped =
      value !== null &&
      typeof value === 'object' &&
      value.version === 2 &&
      Array.isArray(value.rows) &&
      typeof value.count === 'number' &&
      typeof value.words === 'object' &&
      value.words !== null;
    return isShaped ? value : null;
  } catch {
    return null;
  }
}

export function clearPaintSnapshot(storage: Storage = localStorage): void {
  try {
    storage.removeItem(PAINT_KEY);
    storage.setItem(CLEARED_KEY, String(Date.now()));
  } catch {
    // Nothing to clear.
  }
}
