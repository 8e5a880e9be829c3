/**
 * The login checker's lines, kept incrementally so a keystroke at 10,000 lines costs the lines it
 * changed, not the whole list: each line's verdict and duplicate key are stored by position, the
 * counts (ok, to fix, pending) are kept up to date as lines come and go, and verdicts are cached
 * by text so a line typed back is not checked again. Pure: the caller supplies `check`.
 */

/** What the alias rules say about one line. */
export type Verdict = { ok: true; tag: string } | { ok: false; message: string };

const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Lines repeat each other when they have the same key: the tag for ok lines, else the login. */
export function keyOf(input: string, verdict: Verdict): string {
  return verdict.ok ? `tag:${lower(verdict.tag)}` : `login:${lower(input.trim())}`;
}

const isBlank = (input: string) => input.trim() === '';

/** The lines of the checker with their verdicts; see the module comment. */
export class LoginLines {
  readonly lines: string[] = [];
  /** By position: `null` for a blank line or one not checked yet. */
  readonly verdicts: (Verdict | null)[] = [];
  readonly keys: (string | null)[] = [];
  private readonly counts = new Map<string, number>();
  private readonly cache = new Map<string, Verdict>();
  private distinctOk = 0;
  private checked = 0;
  private unchecked = 0;
  /** No line before this one is pending. */
  private cursor = 0;
  /** How many lines `check` was called for since the last `takeCheckCount` (for tests). */
  private checkCount = 0;

  constructor(private readonly check: (input: string) => Verdict) {}

  /** Replaces `removeCount` lines at `start` with `added`, like `Array.prototype.splice`. */
  splice(start: number, removeCount: number, added: readonly string[]): void {
    for (let at = start; at < start + removeCount; at += 1) this.forget(at);
    this.lines.splice(start, removeCount, ...added);
    this.verdicts.splice(start, removeCount, ...added.map(() => null));
    this.keys.splice(start, removeCount, ...added.map(() => null));
    for (let at = start; at < start + added.length; at += 1) {
      const input = this.lines[at]!;
      if (isBlank(input)) continue;
      const cached = this.cache.get(input);
      if (cached) this.learn(at, cached);
      else this.unchecked += 1;
    }
    this.cursor = Math.min(this.cursor, start);
  }

  /** Makes every line pending again (the root email changed): the cache is for one root. */
  reset(): void {
    const lines = this.lines.slice();
    this.cache.clear();
    this.splice(0, this.lines.length, []);
    this.cursor = 0;
    this.splice(0, 0, lines);
  }

  /** Checks pending lines in order until `isOverBudget()` says stop; true when none is left. */
  checkPending(isOverBudget: () => boolean = () => false): boolean {
    while (this.unchecked > 0 && !isOverBudget()) {
      while (this.verdicts[this.cursor] !== null || isBlank(this.lines[this.cursor]!)) this.cursor += 1;
      const input = this.lines[this.cursor]!;
      this.checkCount += 1;
      const verdict = this.check(input);
      this.cache.set(input, verdict);
      this.unchecked -= 1;
      this.learn(this.cursor, verdict);
    }
    return this.unchecked === 0;
  }

  /** Non-blank lines checked, those of them ok (first of their tag), and those waiting. */
  get counted(): { checked: number; ok: number; pending: number } {
    return { checked: this.checked, ok: this.distinctOk, pending: this.unchecked };
  }

  /** Whether some checked line has this key. */
  has(key: string): boolean {
    return this.counts.has(key);
  }

  /** How many lines were checked since the last call (a test hook: edits re-check only changes). */
  takeCheckCount(): number {
    const count = this.checkCount;
    this.checkCount = 0;
    return count;
  }

  private learn(at: number, verdict: Verdict) {
    const key = keyOf(this.lines[at]!, verdict);
    this.verdicts[at] = verdict;
    this.keys[at] = key;
    this.checked += 1;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count === 1 && verdict.ok) this.distinctOk += 1;
  }

  private forget(at: number) {
    const key = this.keys[at];
    if (key === null || key === undefined) {
      if (!isBlank(this.lines[at]!)) this.unchecked -= 1;
      return;
    }
    this.checked -= 1;
    const count = this.counts.get(key)! - 1;
    if (count > 0) return void this.counts.set(key, count);
    this.counts.delete(key);
    if (this.verdicts[at]!.ok) this.distinctOk -= 1;
  }
}

/**
 * The lines to replace to turn `before` into `after` when one region changed (a keystroke, a
 * paste): `start`, how many old lines go, and the new lines that take their place.
 */
export function changedLines(
  before: readonly string[],
  after: readonly string[],
): { start: number; removeCount: number; added: string[] } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail += 1;
  return {
    start,
    removeCount: before.length - start - tail,
    added: after.slice(start, after.length - tail),
  };
}
