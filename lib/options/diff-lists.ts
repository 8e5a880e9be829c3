import type { Instance } from '../directory/schema';

/** Fields of an org a save or an import can change. */
export const COMPARED_FIELDS = [
  'name',
  'loginEmail',
  'environment',
  'isPrimary',
  'colour',
  'appUrl',
  'loginUrl',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ChangedOrg {
  before: Instance;
  after: Instance;
  fields: ComparedField[];
}

/** What replacing one list of orgs with another does, matched by `orgId`. */
export interface ListDiff {
  added: Instance[];
  changed: ChangedOrg[];
  removed: Instance[];
  unchanged: number;
}

/**
 * Compare the saved orgs with the ones a save or an import would write. Orgs are matched by
 * `orgId` (manual entries without one get `manual:<tag>`, so a retagged manual org shows as one
 * removed and one added). Order changes alone are not reported.
 */
export function diffLists(before: readonly Instance[], after: readonly Instance[]): ListDiff {
  const previous = new Map(before.map((org) => [org.orgId, org]));
  const next = new Set(after.map((org) => org.orgId));
  const diff: ListDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const org of after) {
    const old = previous.get(org.orgId);
    if (!old) {
      diff.added.push(org);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((field) => old[field] !== org[field]);
    if (fields.length > 0) diff.changed.push({ before: old, after: org, fields });
    else diff.unchanged += 1;
  }
  diff.removed = before.filter((org) => !next.has(org.orgId));
  return diff;
}

/** Whether a diff changes anything at all. */
export function hasChanges(diff: ListDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length > 0;
}

/** A save drops data when it removes an org, or when it replaces a list from another root email. */
export function dropsData(diff: ListDiff): boolean {
  return diff.removed.length > 0;
}
