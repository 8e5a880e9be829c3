import type { Instance, Usage } from '../directory/schema';

/**
 * The popup's list order: the primary org first, then the last-used org, then the group's order.
 * Pure, so the popup, the bench and the tests agree.
 */
export function orderOrgs(instances: readonly Instance[], usage: readonly Usage[]): Instance[] {
  const lastUsed = usage.reduce<Usage | null>(
    (latest, row) => (!latest || row.lastOpenedAt > latest.lastOpenedAt ? row : latest),
    null,
  );
  const rank = (org: Instance) => (org.isPrimary ? 0 : org.orgId === lastUsed?.orgId ? 1 : 2);
  return instances
    .map((org, index) => ({ org, index }))
    .sort((a, b) => rank(a.org) - rank(b.org) || a.index - b.index)
    .map(({ org }) => org);
}

/** The last-used org id, if any. */
export function lastUsedOrgId(usage: readonly Usage[]): string | null {
  let latest: Usage | null = null;
  for (const row of usage) if (!latest || row.lastOpenedAt > latest.lastOpenedAt) latest = row;
  return latest?.orgId ?? null;
}

/** Lower-case text a query is matched against: name, tag and login. */
export function searchText(org: Instance): string {
  return `${org.name}\n${org.tag}\n${org.loginEmail}`.toLowerCase();
}

/**
 * Orgs whose name, tag or login contain every word of the query (case-insensitive).
 * `texts` are `searchText` of each org, computed once per list rather than per keystroke.
 */
export function filterOrgs<T>(orgs: readonly T[], texts: readonly string[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return orgs.slice();
  const result: T[] = [];
  for (let i = 0; i < orgs.length; i++) {
    const text = texts[i]!;
    if (words.every((word) => text.includes(word))) result.push(orgs[i]!);
  }
  return result;
}

/** The unit of a list's age: under a minute, minutes, hours (under two days), days. */
export type AgeUnit = 'now' | 'minutes' | 'hours' | 'days';

/** A list's age, rounded to the unit people read it in. Future times count as now. */
export function listAge(fetchedAt: number, now: number): { unit: AgeUnit; count: number } {
  const minutes = Math.max(0, Math.round((now - fetchedAt) / 60_000));
  if (minutes < 1) return { unit: 'now', count: 0 };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.round(hours / 24) };
}

/**
 * The age of the list for the header and banners ("just now", "5 min ago"…), in the words `say`
 * gives each unit (the popup passes its `_locales` messages).
 */
export function formatAge(
  fetchedAt: number,
  now: number,
  say: (unit: AgeUnit, count: number) => string,
): string {
  const { unit, count } = listAge(fetchedAt, now);
  return say(unit, count);
}
