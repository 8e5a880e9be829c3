/**
 * Checking one instance login against the root email, following the help article's rule:
 * same prefix, `+`, an instance tag, same domain.
 */
import { asciiLower, isDotAtom, splitAddress } from './email';
import { lookalikeKind } from './lookalike';
import { aliasFailure } from './messages';
import { parsedRoot } from './root-memo';
import { isValidTag, likelyTag } from './tag';
import type { AliasReason, LoginCheckResult, MessageDetails, RootEmail, WrongSeparator } from './types';

/** Separators people commonly use instead of `+`; Outreach recognises none of them (nor any other). */
export const WRONG_SEPARATORS: readonly WrongSeparator[] = ['-', '_', '.', ' '];

/** A letter or digit continues the name (`jane.doe2` is another name); anything else separates. */
const NAME_CHAR = /^[\p{L}\p{N}]$/u;

/** What the local part says, before the domain is taken into account. */
type LocalVerdict =
  | { ok: true; tag: string }
  | { ok: false; reason: AliasReason; separator?: WrongSeparator; tag?: string; intendedTag?: string };

/** Any character other than `+` (and other than a letter or digit) right after the root's name part. */
function isWrongSeparator(char: string | undefined): char is WrongSeparator {
  return char !== undefined && char !== '+' && !NAME_CHAR.test(char);
}

function classifyTag(rest: string): LocalVerdict {
  if (rest === '') return { ok: false, reason: 'empty-tag' };
  if (rest.includes('+')) return { ok: false, reason: 'multiple-plus', intendedTag: likelyTag(rest) };
  return isValidTag(rest) ? { ok: true, tag: rest } : { ok: false, reason: 'invalid-tag', tag: rest };
}

/**
 * Compare a login's local part with the root's, case-insensitively (ASCII letters only).
 * The root prefix followed by any character but `+`, a letter or a digit (`-`, `_`, `.`, a space,
 * `~`, `=`, …) is a wrong separator, whatever follows it.
 */
function classifyLocal(local: string, rootLocal: string): LocalVerdict {
  const prefixLength = rootLocal.length;
  if (asciiLower(local.slice(0, prefixLength)) === asciiLower(rootLocal)) {
    if (local.length === prefixLength) return { ok: true, tag: '' };
    const [next] = Array.from(local.slice(prefixLength));
    const rest = local.slice(prefixLength + (next?.length ?? 0));
    if (next === '+') return classifyTag(rest);
    if (isWrongSeparator(next)) {
      return {
        ok: false,
        reason: 'wrong-separator',
        separator: next,
        intendedTag: isValidTag(rest) ? rest : undefined,
      };
    }
  }
  return { ok: false, reason: isDotAtom(local) ? 'different-prefix' : 'invalid-email' };
}

function intendedTagOf(verdict: LocalVerdict): string | undefined {
  return verdict.ok ? verdict.tag : verdict.intendedTag;
}

function suggestionFor(root: RootEmail, tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  return tag === '' ? root.address : `${root.local}+${tag}@${root.domain}`;
}

/**
 * Check an instance login against the root email. `{ ok: true, tag }` when it is a valid
 * alias (`tag` as spelled, `''` for the root itself); otherwise a reason, a message and, where a
 * likely intended alias exists, `details.suggestion`. An invalid root gives the root's own
 * refusal (`details.subject === 'root'`). Input is trimmed; never throws.
 *
 * Order: address syntax and length, look-alike domain, a different prefix, a different domain,
 * then what is wrong after the prefix (separator, empty, repeated `+`, invalid tag). The root is
 * parsed once per root (lib/alias/root-memo.ts), not once per login.
 */
export function checkInstanceLogin(rootEmail: string | RootEmail, login: string): LoginCheckResult {
  const { result: root, unicodeDomain: rootDomain } = parsedRoot(rootEmail);
  // (A copy: the memo's refusal is shared by every call with this root.)
  if (!root.ok) return { ...root };
  const input = typeof login === 'string' ? login.trim() : '';
  const split = splitAddress(input, 'login');
  if (!split.ok) return split;
  const { local, domain, unicodeDomain } = split.value;
  const details: MessageDetails = {
    input,
    subject: 'login',
    root: root.email.address,
    domain: unicodeDomain,
  };
  const lookalike = lookalikeKind(unicodeDomain, rootDomain);
  if (lookalike) return aliasFailure('lookalike-domain', { ...details, lookalike });
  const verdict = classifyLocal(local, root.email.local);
  if (!verdict.ok && (verdict.reason === 'different-prefix' || verdict.reason === 'invalid-email')) {
    return aliasFailure(verdict.reason, details);
  }
  const suggestion = suggestionFor(root.email, intendedTagOf(verdict));
  if (domain !== root.email.domain) return aliasFailure('different-domain', { ...details, suggestion });
  if (verdict.ok) return verdict;
  const { reason, separator, tag } = verdict;
  return aliasFailure(reason, { ...details, separator, tag, suggestion });
}
