import type { Instance, Usage } from '../directory/schema';

/**
 * The popup's list order, stable from one open to the next: the primary org first, then the
 * production ones, then the group's (or the person's) own order. Recent use is shown on each row,
 * never used to reshuffle it. Pure, so the popup, the bench and the tests agree.
 */
export function orderOrgs<T extends Pick<Instance, 'isPrimary' | 'environment'>>(
  instances: readonly T[],
): T[] {
  const rank = (org: T) => (org.isPrimary ? 0 : org.environment === 'production' ? 1 : 2);
  return instances
    .map((org, index) => ({ org, index }))
    .sort((a, b) => rank(a.org) - rank(b.org) || a.index - b.index)
    .map(({ org }) => org);
}

/** When each org was last opened, by org id. */
export function lastOpened(usage: readonly Usage[]): Map<string, number> {
  return new Map(usage.map((row) => [row.orgId, row.lastOpenedAt]));
}

/** The last-used org id, if any. */
export function lastUsedOrgId(usage: readonly Usage[]): string | null {
  let latest: Usage | null = null;
  for (const row of usage) if (!latest || row.lastOpenedAt > latest.lastOpenedAt) latest = row;
  return latest?.orgId ?? null;
}

/** Lower-case text a query is matched against: name, tag and login, one a line. */
export function searchText(org: Pick<Instance, 'name' | 'tag' | 'loginEmail'>): string {
  return `${org.name}\n${org.tag}\n${org.loginEmail}`.toLowerCase();
}

/** 0: the name or tag is the query; 1: a name, tag or login starts with it; 2: every word is in it. */
function matchRank(text: string, query: string): number {
  const [name = '', tag = '', login = ''] = text.split('\n');
  if (name === query || (tag !== '' && tag === query)) return 0;
  if (name.startsWith(query) || (tag !== '' && tag.startsWith(query)) || login.startsWith(query)) return 1;
  return 2;
}

/**
 * Orgs whose name, tag or login contain every word of the query (case-insensitive), best match
 * first: an exact name or tag, then prefixes, then the rest; ties keep the list's order.
 * `texts` are `searchText` of each org: an array computed once per list, or a function that makes
 * each text per keystroke (the popup's choice: 10,000 kept texts are about 0.6 MB of its heap).
 */
export function filterOrgs<T>(
  orgs: readonly T[],
  texts: readonly string[] | ((org: T) => string),
  query: string,
): T[] {
  const wanted = query.toLowerCase().trim().replace(/\s+/g, ' ');
  const words = wanted.split(' ').filter(Boolean);
  if (words.length === 0) return orgs.slice();
  const ranked: T[][] = [[], [], []];
  const textAt = typeof texts === 'function' ? (i: number) => texts(orgs[i]!) : (i: number) => texts[i]!;
  for (let i = 0; i < orgs.length; i++) {
    const text = textAt(i);
    if (!words.every((word) => text.includes(word))) continue;
    ranked[matchRank(text, wanted)]!.push(orgs[i]!);
  }
  return ranked.flat();
}

/**
 * The row Enter opens when the list changes: the first one, unless that is the org the browser is
 * already signed in to (opening it again would do nothing); `-1` when that org is the only one.
 */
export function defaultIndex(orgs: readonly Pick<Instance, 'orgId'>[], currentOrgId: string | null): number {
  return orgs.findIndex((org) => org.orgId !== currentOrgId);
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
