import { checkLogins } from '../alias';

/** One pasted line as the checker shows it. */
export interface LoginRow {
  /** 1-based line number in the box (blank lines count). */
  line: number;
  /** The login, trimmed. */
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
  rows: LoginRow[];
  okCount: number;
  problemCount: number;
  /** Whether an ok line is the root login itself (the production org). */
  hasRootLogin: boolean;
}

const EMPTY: LoginCheckView = { rootError: null, rows: [], okCount: 0, problemCount: 0, hasRootLogin: false };

/**
 * Check the pasted logins (one a line) against the root email with the alias rules. An empty root
 * shows nothing yet; an invalid root is one error for the root field rather than one per line.
 */
export function loginCheckView(rootEmail: string, text: string): LoginCheckView {
  if (rootEmail.trim() === '') return EMPTY;
  const result = checkLogins(rootEmail.trim(), text);
  if (!result.ok) return { ...EMPTY, rootError: result.message };
  const rows = result.lines.map(({ line, input, result: verdict }): LoginRow => ({
    line,
    login: input.trim(),
    ok: verdict.ok,
    tag: verdict.ok ? verdict.tag : '',
    message: verdict.ok ? '' : verdict.message,
    isDuplicate: !verdict.ok && verdict.reason === 'duplicate',
  }));
  const okCount = rows.filter((row) => row.ok).length;
  return {
    rootError: null,
    rows,
    okCount,
    problemCount: rows.length - okCount,
    hasRootLogin: rows.some((row) => row.ok && row.tag === ''),
  };
}
