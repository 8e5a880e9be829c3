/**
 * Pinned orgs in the popup and the number keys: pure rules shared by the popup, the background's
 * commands and the tests.
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

/** The extension commands that open a pinned org, by the position of the pin they open. */
export const PINNED_COMMANDS: Readonly<Record<string, number>> = {
  'open-pinned-1': 0,
  'open-pinned-2': 1,
  'open-pinned-3': 2,
};

/** The command that goes back to the primary (root) org. */
export const ROOT_COMMAND = 'open-root';

/**
 * The org a command opens: `open-pinned-N` the Nth pinned org still in the list, `open-root` the
 * primary org (or, with none marked, the first production org); `null` when there is none.
 */
export function orgForCommand(
  command: string,
  instances: readonly Pick<Instance, 'orgId' | 'isPrimary' | 'environment'>[],
  pinned: readonly string[],
): string | null {
  if (command === ROOT_COMMAND) {
    const root =
      instances.find((org) => org.isPrimary) ?? instances.find((org) => org.environment === 'production');
    return root?.orgId ?? null;
  }
  const position = PINNED_COMMANDS[command];
  if (position === undefined) return null;
  return pinnedFirst(instances, pinned).filter((org) => pinned.includes(org.orgId))[position]?.orgId ?? null;
}
