import { orgIdAt } from './packed-orgs';
import type { PackedOrgs } from './packed-orgs';

/** How the org list changed since the popup last showed it: orgs added and orgs gone. */
export interface ListChange {
  added: number;
  gone: number;
}

/**
 * The change from the org ids the popup last showed (`seen`, `null` the first time) to `current`;
 * `null` when there is nothing to say (first time, or the same orgs in any order).
 */
export function listChange(seen: readonly string[] | null, current: readonly string[]): ListChange | null {
  if (seen === null) return null;
  const before = new Set(seen);
  const now = new Set(current);
  const added = [...now].filter((id) => !before.has(id)).length;
  const gone = [...before].filter((id) => !now.has(id)).length;
  return added || gone ? { added, gone } : null;
}

/**
 * The ids the popup saw when it opened, kept against the list it shows now rather than as 10,000
 * strings: a byte per org of `orgs` (seen or not), and the seen ids that `orgs` lacks.
 */
export interface SeenOrgs {
  orgs: PackedOrgs;
  wasSeen: Uint8Array;
  /** Seen ids not in `orgs` (the orgs gone). */
  missing: readonly string[];
  /** How many distinct ids of `orgs` were not seen (the orgs added). */
  added: number;
}

/** The same seen ids (as ids, or kept against an earlier list) kept against `orgs`. */
export function seenAgainst(seen: readonly string[] | SeenOrgs, orgs: PackedOrgs): SeenOrgs {
  if (!Array.isArray(seen) && (seen as SeenOrgs).orgs === orgs) return seen as SeenOrgs;
  const before = new Set<string>(Array.isArray(seen) ? seen : seenIds(seen as SeenOrgs));
  const now = new Set<string>();
  const wasSeen = new Uint8Array(orgs.length);
  let added = 0;
  for (let i = 0; i < orgs.length; i++) {
    const id = orgIdAt(orgs, i);
    if (before.has(id)) wasSeen[i] = 1;
    else if (!now.has(id)) added++;
    now.add(id);
  }
  return { orgs, wasSeen, missing: [...before].filter((id) => !now.has(id)), added };
}

function* seenIds(seen: SeenOrgs): Iterable<string> {
  for (let i = 0; i < seen.orgs.length; i++) if (seen.wasSeen[i]) yield orgIdAt(seen.orgs, i);
  yield* seen.missing;
}

/** What `listChange` says for the ids seen and the list they are kept against. */
export function changeOf(seen: SeenOrgs): ListChange | null {
  const gone = seen.missing.length;
  return seen.added || gone ? { added: seen.added, gone } : null;
}

/** The words "2 orgs added, 1 gone" for a change, with `say` giving each message. */
export function sayListChange(
  change: ListChange,
  say: (key: ListChangeKey, count: number) => string,
): string {
  const parts: string[] = [];
  if (change.added)
    parts.push(say(change.added === 1 ? 'listChangeAddedOne' : 'listChangeAdded', change.added));
  if (change.gone) {
    const key = change.added
      ? 'listChangeGoneAfter'
      : change.gone === 1
        ? 'listChangeGoneOne'
        : 'listChangeGone';
    parts.push(say(key, change.gone));
  }
  return parts.join(', ');
}

export type ListChangeKey =
  'listChangeAdded' | 'listChangeAddedOne' | 'listChangeGone' | 'listChangeGoneOne' | 'listChangeGoneAfter';
