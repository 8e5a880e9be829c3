/**
 * The root email of {@link checkInstanceLogin}, parsed once per root: a login checker runs the same
 * root against every line (10,000 of them on a large paste), and parsing it (syntax, look-alike
 * script, IDNA) each time was most of the work.
 */
import { domainToUnicode } from './domain';
import { resolveRoot } from './email';
import type { RootEmail, RootEmailResult } from './types';

/** A root as {@link resolveRoot} gives it, with its domain as people read it. */
export interface ParsedRoot {
  result: RootEmailResult;
  unicodeDomain: string;
}

const TEXT_LIMIT = 64;
const byText = new Map<string, ParsedRoot>();
// Kept with the fields it was parsed from: an object changed since is parsed again.
const byObject = new WeakMap<object, { local: unknown; domain: unknown; parsed: ParsedRoot }>();

function parse(root: string | RootEmail): ParsedRoot {
  const result = resolveRoot(root);
  const domain = result.ok ? result.email.domain : '';
  return { result, unicodeDomain: result.ok ? (domainToUnicode(domain) ?? domain) : '' };
}

function fieldsOf(root: object): { local: unknown; domain: unknown } | null {
  try {
    const { local, domain } = root as Partial<Record<keyof RootEmail, unknown>>;
    return { local, domain };
  } catch {
    return null; // A hostile object (throwing getter or proxy): parsed, and refused, every time.
  }
}

/** `root` parsed, from the memo when this root (the same text, or the same unchanged object) was seen. */
export function parsedRoot(root: string | RootEmail): ParsedRoot {
  if (typeof root === 'string') {
    const known = byText.get(root);
    if (known) return known;
    const parsed = parse(root);
    if (byText.size >= TEXT_LIMIT) byText.clear();
    byText.set(root, parsed);
    return parsed;
  }
  if (typeof root !== 'object' || root === null) return parse(root);
  const fields = fieldsOf(root);
  const known = byObject.get(root);
  if (fields && known && known.local === fields.local && known.domain === fields.domain) return known.parsed;
  const parsed = parse(root);
  if (fields) byObject.set(root, { ...fields, parsed });
  return parsed;
}
