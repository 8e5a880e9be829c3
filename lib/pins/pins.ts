/**
 * Pinned orgs in the popup and the number keys: pure rules of the popup (its first screen), used
 * by the background's commands too (pin-commands.ts).
 */
import type { Instance } from '../directory/schema';

/** The popup's order with the pinned orgs first (in the order they were pinned), the rest after. */
export function pinnedFirst<T extends Pick<Instance, 'orgId'>>(
  orgs: readonly T[],
  pinned: readonly string[],
): T[] {
  const rank = new Map(pinned.map((orgId, index) => [orgId, index]));
  const pins = orgs
    .filter((org) => rank.has(org.orgId))
    .sort((a, b) => rank.get(a.orgId)! - rank.get(b.orgId)!);
  return [...pins, ...orgs.filter((org) => !rank.has(org.orgId))];
}

/**
 * The row a number key opens (0-based), or `null` when the key is not one. `1`–`9` work while the
 * filter is empty (a digit typed after other text is part of the query); `Alt`+digit works always.
 */
export function rowForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>,
  query: string,
): number | null {
  if (event.ctrlKey || event.metaKey) return null;
  // With Alt, some layouts change `key` (macOS gives `¡`…): read the physical key then.
  const digit = event.altKey ? /^Digit([1-9])$/.exec(event.code)?.[1] : /^[1-9]$/.exec(event.key)?.[0];
  if (digit === undefined) return null;
  if (!event.altKey && query !== '') return null;
  return Number(digit) - 1;
}
