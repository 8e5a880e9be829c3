import { aliasFailure, checkInstanceLogin, parseRootEmail } from '../alias';
import type { RootEmail } from '../alias/types';
import { LoginLines, changedLines } from './login-lines';
import type { Verdict } from './login-lines';
import type { Translate } from './translate';
import { hiddenCharProblem } from './typed-words';
import { visible } from './visible-text';

/** One pasted line as the checker shows it. */
export interface LoginRow {
  /** 1-based line number in the list (blank lines count). */
  line: number;
  /** The line as typed (to edit it in place). */
  input: string;
  /** The login, trimmed, with hidden characters shown as `⟨U+XXXX⟩` markers. */
  login: string;
  ok: boolean;
  /** The `+` tag when ok (`''` for the root login itself). */
  tag: string;
  /** Why the line is refused, in plain words; `''` when ok. */
  message: string;
  isDuplicate: boolean;
}

/** What the "Prepare instance logins" section shows for a root email and the pasted lines. */
export interface LoginCheckView {
  /** The root email's refusal; the lines are not checked until the root is right. */
  rootError: string | null;
  /** The first checked lines, in order, up to the limit asked for (the counts cover every line). */
  rows: LoginRow[];
  /** Non-blank lines checked so far. */
  checkedCount: number;
  okCount: number;
  problemCount: number;
  /** Non-blank lines not checked yet (a large paste is checked a slice per frame). */
  pending: number;
  /** Whether an ok line is the root login itself (the production org). */
  hasRootLogin: boolean;
  /** The first ok lines (one per tag), up to the orgs limit asked for; the root login always in. */
  orgs: LoginRow[];
}

const EMPTY: LoginCheckView = {
  rootError: null,
  rows: [],
  checkedCount: 0,
  okCount: 0,
  problemCount: 0,
  pending: 0,
  hasRootLogin: false,
  orgs: [],
};

function verdictOf(root: RootEmail, input: string, t: Translate | null): Verdict {
  const trimmed = input.trim();
  const hidden = t ? hiddenCharProblem(trimmed, t('optionsLoginsLabel'), t) : null;
  if (hidden) return { ok: false, message: hidden };
  const result = checkInstanceLogin(root, input);
  return result.ok ? { ok: true, tag: result.tag } : { ok: false, message: visible(result.message) };
}

/** How many rows and orgs a view holds: the page shows a window, not 10,000 rows. */
export interface ViewLimits {
  rows: number;
  orgs: number;
}

/**
 * The login checker for the options page, built to keep every keystroke within a frame at
 * 10,000 lines (see {@link LoginLines}): `update` re-checks only the lines that changed, a large
 * paste is checked a slice at a time (`run(budgetMs)`), and a view holds only the rows shown.
 */
export function createLoginChecker(t: Translate | null = null) {
  let rootText = '';
  let root: RootEmail | null = null;
  let rootError: string | null = null;
  const lines = new LoginLines((input) => verdictOf(root!, input, t));

  function setRoot(text: string) {
    if (text === rootText) return;
    rootText = text;
    const parsed = text === '' ? null : parseRootEmail(text);
    root = parsed?.ok ? parsed.email : null;
    const hidden = t && text !== '' ? hiddenCharProblem(text, t('optionsRootEmailLabel'), t) : null;
    rootError = hidden ?? (parsed && !parsed.ok ? visible(parsed.message) : null);
    if (hidden) root = null;
    lines.reset();
  }

  return {
    lines,
    /** Sets what to check: the root email and every line (only the changed region is re-checked). */
    update(rootEmail: string, next: readonly string[]) {
      setRoot(rootEmail.trim());
      const { start, removeCount, added } = changedLines(lines.lines, next);
      if (removeCount > 0 || added.length > 0) lines.splice(start, removeCount, added);
    },
    /** Checks pending lines for up to `budgetMs`, then returns the view of what is checked. */
    run(
      budgetMs = Infinity,
      limits: ViewLimits = { rows: Infinity, orgs: Infinity },
      clock: () => number = () => performance.now(),
    ): LoginCheckView {
      if (rootText === '') return EMPTY;
      if (!root) return { ...EMPTY, rootError };
      const until = clock() + budgetMs;
      lines.checkPending(() => clock() > until);
      return viewOf(lines, limits);
    },
  };
}

function rowAt(lines: LoginLines, at: number, firstLine: number | undefined): LoginRow {
  const input = lines.lines[at]!;
  const verdict = lines.verdicts[at]!;
  const login = visible(input.trim());
  const base = { line: at + 1, input, login, ok: false, tag: '', message: '', isDuplicate: false };
  if (firstLine !== undefined)
    return {
      ...base,
      isDuplicate: true,
      message: aliasFailure('duplicate', { input: login, firstLine }).message,
    };
  return verdict.ok ? { ...base, ok: true, tag: verdict.tag } : { ...base, message: verdict.message };
}

/** Builds the rows and orgs of the view by scanning from the top only as far as they need. */
function viewOf(lines: LoginLines, limits: ViewLimits): LoginCheckView {
  const firstLineOf = new Map<string, number>();
  const rows: LoginRow[] = [];
  const orgs: LoginRow[] = [];
  const { checked, ok, pending } = lines.counted;
  for (let at = 0; at < lines.lines.length; at += 1) {
    if (rows.length >= limits.rows && orgs.length >= limits.orgs) break;
    const key = lines.keys[at];
    if (key === null || key === undefined) continue;
    const first = firstLineOf.get(key);
    if (first === undefined) firstLineOf.set(key, at + 1);
    const wantsRow = rows.length < limits.rows;
    const isOrg = first === undefined && lines.verdicts[at]!.ok && orgs.length < limits.orgs;
    if (!wantsRow && !isOrg) continue;
    const row = rowAt(lines, at, first);
    if (wantsRow) rows.push(row);
    if (isOrg) orgs.push(row);
  }
  const hasRootLogin = lines.has('tag:');
  if (hasRootLogin && !orgs.some((row) => row.tag === '')) {
    const rootRow = rowAt(lines, lines.keys.indexOf('tag:'), undefined);
    // Only a full list can miss it: make room by its last org, and lead with production.
    if (orgs.length >= limits.orgs) orgs.pop();
    orgs.unshift(rootRow);
  }
  return {
    rootError: null,
    rows,
    checkedCount: checked,
    okCount: ok,
    problemCount: checked - ok,
    pending,
    hasRootLogin,
    orgs,
  };
}

/** Splits a box's text into lines (any line break). */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/**
 * Check the pasted logins (one a line) against the root email with the alias rules, all at once.
 * An empty root shows nothing yet; an invalid root is one error for the root field rather than
 * one per line.
 */
export function loginCheckView(rootEmail: string, text: string, t: Translate | null = null): LoginCheckView {
  const checker = createLoginChecker(t);
  checker.update(rootEmail, splitLines(text));
  return checker.run();
}
