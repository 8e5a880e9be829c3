/**
 * The help article's "Prepare Instance Logins" step for a whole list: every login checked
 * against the root, repeated logins flagged.
 */
import { checkInstanceLogin } from './check-login';
import { asciiLower, resolveRoot } from './email';
import { aliasFailure } from './messages';
import type { AliasFailure, LoginCheckResult, RootEmail } from './types';

/** The verdict for one non-blank line. */
export interface LoginLine {
  /** The line as given (untrimmed). */
  input: string;
  /** 1-based position in the list, counting blank lines. */
  line: number;
  /** The check, or `duplicate` when an earlier line has the same login or tag. */
  result: LoginCheckResult | AliasFailure<'duplicate'>;
}

/** Result of {@link checkLogins}: per-line verdicts, or the root's refusal. */
export type LoginsCheckResult = { ok: true; root: RootEmail; lines: LoginLine[] } | AliasFailure;

function linesOf(logins: readonly string[] | string): readonly unknown[] {
  if (typeof logins === 'string') return logins.split(/\r\n|\r|\n/);
  return Array.isArray(logins) ? logins : [];
}

/** Two lines are the same login when their tag or their address matches case-insensitively. */
function duplicateKey(input: string, result: LoginCheckResult): string {
  return result.ok ? `tag:${asciiLower(result.tag)}` : `login:${asciiLower(input.trim())}`;
}

/**
 * Check a list of instance logins (an array, or one string with a login per line) against the
 * root email. Blank lines are skipped but still counted in line numbers. A later line repeating
 * an earlier login (case-insensitively) or tag gets a `duplicate` verdict naming the first line.
 * An invalid root is one top-level refusal rather than the same error on every line, so the UI
 * can point at the root field. Never throws.
 */
export function checkLogins(
  rootEmail: string | RootEmail,
  logins: readonly string[] | string,
): LoginsCheckResult {
  const root = resolveRoot(rootEmail);
  if (!root.ok) return root;
  const firstLineOf = new Map<string, number>();
  const lines: LoginLine[] = [];
  linesOf(logins).forEach((entry, index) => {
    const input = typeof entry === 'string' ? entry : '';
    if (typeof entry === 'string' && entry.trim() === '') return;
    const line = index + 1;
    const result = checkInstanceLogin(root.email, input);
    const key = duplicateKey(input, result);
    const firstLine = firstLineOf.get(key);
    if (firstLine === undefined) {
      firstLineOf.set(key, line);
      lines.push({ input, line, result });
    } else {
      lines.push({ input, line, result: aliasFailure('duplicate', { input: input.trim(), firstLine }) });
    }
  });
  return { ok: true, root: root.email, lines };
}
