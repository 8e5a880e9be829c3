/**
 * Parsing and normalising email addresses for the alias rules. Deliberately stricter than
 * RFC 5322: no quoted local parts, comments or IP literals, and local parts are ASCII
 * (dot-atom, RFC 5321 §4.1.2) because identity providers and Outreach logins use those.
 */
import { normalizeDomain } from './domain';
import { lookalikeKind } from './lookalike';
import { aliasFailure } from './messages';
import type { AliasFailure, MessageDetails, RootEmail, RootEmailResult } from './types';

/** RFC 5321 §4.5.3.1 limits, in octets. */
export const MAX_LOCAL_LENGTH = 64;
export const MAX_ADDRESS_LENGTH = 254;

const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** An address split at its `@`, with the domain normalised. */
export interface SplitAddress {
  /** The local part as typed (not yet validated). */
  local: string;
  /** Lower-case punycode domain. */
  domain: string;
  /** The domain's Unicode form, for display and look-alike checks. */
  unicodeDomain: string;
}

/** Lower-case ASCII letters only, so no other character can fold into an ASCII letter (`K` → `k`). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** Length in UTF-8 octets, the unit of the RFC limits. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether a local part is an unquoted ASCII dot-atom. */
export function isDotAtom(local: string): boolean {
  return DOT_ATOM.test(local);
}

/**
 * Split a trimmed address at its single `@` and normalise the domain; enforces the length limits.
 * The local part is returned as typed so callers can explain what is wrong with it.
 */
export function splitAddress(
  input: string,
  subject: 'root' | 'login',
): { ok: true; value: SplitAddress } | AliasFailure {
  const details: MessageDetails = { input, subject };
  const at = input.indexOf('@');
  if (at <= 0 || at !== input.lastIndexOf('@') || at === input.length - 1)
    return aliasFailure('invalid-email', details);
  const local = input.slice(0, at);
  const localLength = utf8Length(local);
  if (localLength > MAX_LOCAL_LENGTH) {
    return aliasFailure('too-long', {
      ...details,
      part: 'local',
      length: localLength,
      limit: MAX_LOCAL_LENGTH,
    });
  }
  const domain = normalizeDomain(input.slice(at + 1));
  if (!domain.ok) {
    if (domain.reason === 'invalid-email') return aliasFailure('invalid-email', details);
    return aliasFailure('too-long', {
      ...details,
      part: domain.part,
      length: domain.length,
      limit: domain.limit,
    });
  }
  const length = localLength + 1 + domain.ascii.length;
  if (length > MAX_ADDRESS_LENGTH) {
    return aliasFailure('too-long', { ...details, part: 'address', length, limit: MAX_ADDRESS_LENGTH });
  }
  return { ok: true, value: { local, domain: domain.ascii, unicodeDomain: domain.unicode } };
}

/**
 * Parse a root email such as `jane.doe@outreach.io`. Surrounding whitespace is trimmed, the
 * domain becomes lower-case punycode, the local part keeps its spelling. Refuses a local part
 * with `+` (`root-has-plus`), mixed-alphabet domains (`lookalike-domain`) and over-long
 * addresses (`too-long`). Never throws.
 */
export function parseRootEmail(input: string): RootEmailResult {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  const split = splitAddress(trimmed, 'root');
  if (!split.ok) return split;
  const { local, domain, unicodeDomain } = split.value;
  const details: MessageDetails = { input: trimmed, subject: 'root', domain: unicodeDomain };
  if (lookalikeKind(unicodeDomain) !== null) {
    return aliasFailure('lookalike-domain', { ...details, lookalike: 'mixed-script' });
  }
  const plus = local.indexOf('+');
  if (plus >= 0) {
    const base = local.slice(0, plus);
    return aliasFailure(
      'root-has-plus',
      isDotAtom(base) ? { ...details, suggestion: `${base}@${domain}` } : details,
    );
  }
  if (!isDotAtom(local)) return aliasFailure('invalid-email', details);
  return { ok: true, email: { local, domain, address: `${local}@${domain}` } };
}

/**
 * Accept a root as typed or as an already parsed {@link RootEmail}; a hand-made object is
 * re-parsed, so either form gets the same checks.
 */
export function resolveRoot(root: string | RootEmail): RootEmailResult {
  if (typeof root === 'string') return parseRootEmail(root);
  const candidate: unknown = root;
  if (typeof candidate !== 'object' || candidate === null) return parseRootEmail('');
  try {
    const { local, domain } = candidate as Partial<Record<keyof RootEmail, unknown>>;
    if (typeof local === 'string' && typeof domain === 'string') return parseRootEmail(`${local}@${domain}`);
  } catch {
    // A hostile object (throwing getter or proxy) is simply not a root email.
  }
  return parseRootEmail('');
}
