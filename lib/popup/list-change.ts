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
