/**
 * Domain normalisation: IDN → lower-case punycode ASCII through the platform URL host parser
 * (UTS #46 mapping, available in browsers and Node), then the RFC 1035 length limits.
 */
import { decodePunycode } from './punycode';
import type { LengthPart } from './types';

/** RFC 1035 / RFC 5321 limits, in octets. */
export const MAX_DOMAIN_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

/** Beyond this many UTF-16 units a domain cannot fit in 253 octets of punycode either. */
const MAX_RAW_DOMAIN = 1024;

/** Any ASCII besides letters, digits, `.` and `-` (`/`, `:`, `@`, `%`, `_`, spaces, controls…). */
const ASCII_OUTSIDE_HOSTNAME = /[^\u0080-\uffffA-Za-z0-9.-]/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A normalised domain, or why it is not one. */
export type DomainResult =
  | { ok: true; ascii: string; unicode: string }
  | { ok: false; reason: 'invalid-email' }
  | { ok: false; reason: 'too-long'; part: LengthPart; length: number; limit: number };

function hostnameOf(raw: string): string | null {
  try {
    return new URL(`http://${raw}`).hostname;
  } catch {
    return null;
  }
}

function checkLabels(ascii: string): DomainResult {
  if (ascii.length > MAX_DOMAIN_LENGTH) {
    return { ok: false, reason: 'too-long', part: 'domain', length: ascii.length, limit: MAX_DOMAIN_LENGTH };
  }
  const labels = ascii.split('.');
  const long = labels.find((label) => label.length > MAX_LABEL_LENGTH);
  if (long)
    return { ok: false, reason: 'too-long', part: 'label', length: long.length, limit: MAX_LABEL_LENGTH };
  // At least two labels, and a top-level label that is not numeric (which would be an IPv4 address).
  const top = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || /^[0-9]+$/.test(top) || !labels.every((label) => LABEL.test(label))) {
    return { ok: false, reason: 'invalid-email' };
  }
  const unicode = domainToUnicode(ascii);
  return unicode === null ? { ok: false, reason: 'invalid-email' } : { ok: true, ascii, unicode };
}

/**
 * Normalise a typed domain: IDN labels to punycode, lower case, length limits checked.
 * IP literals, ports, paths, user info, `_` and empty labels are refused as `invalid-email`.
 */
export function normalizeDomain(raw: string): DomainResult {
  if (raw.length > MAX_RAW_DOMAIN) {
    return { ok: false, reason: 'too-long', part: 'domain', length: raw.length, limit: MAX_DOMAIN_LENGTH };
  }
  if (raw === '' || ASCII_OUTSIDE_HOSTNAME.test(raw)) return { ok: false, reason: 'invalid-email' };
  const ascii = hostnameOf(raw);
  if (ascii === null || ascii === '') return { ok: false, reason: 'invalid-email' };
  return checkLabels(ascii);
}

/**
 * The Unicode form of an ASCII (punycode) domain, for display and look-alike checks;
 * `null` when an `xn--` label is not valid punycode.
 */
export function domainToUnicode(ascii: string): string | null {
  const labels = ascii
    .split('.')
    .map((label) => (label.startsWith('xn--') ? decodePunycode(label.slice(4)) : label));
  return labels.every((label) => label !== null) ? labels.join('.') : null;
}
