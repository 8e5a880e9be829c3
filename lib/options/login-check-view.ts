import { aliasFailure, checkInstanceLogin, parseRootEmail } from '../alias';
import type { LoginCheckResult, RootEmail } from '../alias/types';
import type { Translate } from './translate';
import { hiddenCharProblem } from './typed-words';
import { visible } from './visible-text';

/** One pasted line as the checker shows it. */
export interface LoginRow {
  /** 1-based line number in the box (blank lines count). */
  line: number;
  /** The login, trimmed, with hidden characters shown as `⟨U+XXXX⟩` markers. */
  login: string;
  ok: boolean;
  /** The `+` tag when ok (`''` for the root login itself). */
  tag: string;
  /** Why the line is refused, in plain words; `''` when ok. */
  message: string;
  isDuplicate: boolean;
}

/** What the "Prepare instance logins" section shows for a root email and the pasted box. */
export interface LoginCheckView {
  /** The root email's refusal; the lines are not checked until the root is right. */
  rootError: string | null;
  /** Every checked line, in order (the page shows the first ones; see `PrepareSection`). */
  rows: LoginRow[];
  okCount: number;
  problemCount: number;
  /** Non-blank lines not checked yet (a large paste is checked a slice per frame). */
  pending: number;
  /** Whether an ok line is the root login itself (the production org). */
  hasRootLogin: boolean;
}

const EMPTY: LoginCheckView = {
  rootError: null,
  rows: [],
  okCount: 0,
  problemCount: 0,
  pending: 0,
  hasRootLogin: false,
};

type Verdict = { ok: true; tag: string } | { ok: false; message: string };

const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

function verdictOf(root: RootEmail, input: string, t: Translate | null): Verdict {
  const trimmed = input.trim();
  const hidden = t ? hiddenCharProblem(trimmed, t('optionsLoginsLabel'), t) : null;
  if (hidden) return { ok: false, message: hidden };
  const result: LoginCheckResult = checkInstanceLogin(root, input);
  return result.ok ? { ok: true, tag: result.tag } : { ok: false, message: visible(result.message) };
}

/**
 * The login checker for the options page, built to keep every keystroke within a frame at
 * 10,000 lines: each distinct line is checked once (a cache per root email), so a key re-checks
 * only the line it changed; a large paste is checked a slice at a time (`run(budgetMs)`), with the
 * counts so far. Repeated logins are found again on every run (a cheap pass over the verdicts).
 */
export function createLoginChecker(t: Translate | null = null) {
  let rootText = '';
  let root: RootEmail | null = null;
  let rootError: string | null = null;
  let lines: string[] = [];
  const verdicts = new Map<string, Verdict>();

  function setRoot(text: string) {
    if (text === rootText) return;
    rootText = text;
    verdicts.clear();
    const parsed = text === '' ? null : parseRootEmail(text);
    root = parsed?.ok ? parsed.email : null;
    const hidden = t && text !== '' ? hiddenCharProblem(text, t('optionsRootEmailLabel'), t) : null;
    rootError = hidden ?? (parsed && !parsed.ok ? visible(parsed.message) : null);
    if (hidden) root = null;
  }

  return {
    /** Sets what to check: the root email and the box's text. */
    update(rootEmail: string, text: string) {
      setRoot(rootEmail.trim());
      lines = text.split(/\r\n|\r|\n/);
    },
    /** Checks unchecked lines for up to `budgetMs`, then returns the view of what is checked. */
    run(budgetMs = Infinity, clock: () => number = () => performance.now()): LoginCheckView {
      if (rootText === '') return EMPTY;
      if (!root) return { ...EMPTY, rootError };
      const until = clock() + budgetMs;
      for (const input of lines) {
        if (input.trim() === '' || verdicts.has(input)) continue;
        if (clock() > until) break;
        verdicts.set(input, verdictOf(root, input, t));
      }
      return viewOf(lines, verdicts);
    },
  };
}

function viewOf(lines: readonly string[], verdicts: ReadonlyMap<string, Verdict>): LoginCheckView {
  const firstLineOf = new Map<string, number>();
  const rows: LoginRow[] = [];
  let pending = 0;
  let okCount = 0;
  lines.forEach((input, index) => {
    if (input.trim() === '') return;
    const verdict = verdicts.get(input);
    if (!verdict) return void (pending += 1);
    const line = index + 1;
    const login = visible(input.trim());
    const key = verdict.ok ? `tag:${lower(verdict.tag)}` : `login:${lower(input.trim())}`;
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) {
      const { message } = aliasFailure('duplicate', { input: login, firstLine });
      return void rows.push({ line, login, ok: false, tag: '', message, isDuplicate: true });
    }
    firstLineOf.set(key, line);
    if (verdict.ok) okCount += 1;
    rows.push({
      line,
      login,
      ok: verdict.ok,
      tag: verdict.ok ? verdict.tag : '',
      message: verdict.ok ? '' : verdict.message,
      isDuplicate: false,
    });
  });
  const hasRootLogin = rows.some((row) => row.ok && row.tag === '');
  return { rootError: null, rows, okCount, problemCount: rows.length - okCount, pending, hasRootLogin };
}

/**
 * Check the pasted logins (one a line) against the root email with the alias rules, all at once.
 * An empty root shows nothing yet; an invalid root is one error for the root field rather than
 * one per line.
 */
export function loginCheckView(rootEmail: string, text: string, t: Translate | null = null): LoginCheckView {
  const checker = createLoginChecker(t);
  checker.update(rootEmail, text);
  return checker.run();
}
