import type { PageFacts } from './page-facts';
import { NOT_FOUND, ORG_BOUND_QUERY, SESSION_PATHS } from './words';

/**
 * "Open this page in another org" (issue 14, point 3), the Outreach part: which part of an app
 * page's URL is org-neutral, where that page is in another org, and whether the app says it does
 * not exist there. Outreach URLs carry no org (`web.outreach.io/prospects/{id}/overview`), so the
 * path and the view's query are kept; record ids may not exist in the other org, and the switch then
 * falls back to the app's start page.
 */

/**
 * The page of `url` worth keeping in another org: its path and org-neutral query (no hash), or
 * `null` for a page that is not an app page, the start page itself, or a sign-in step.
 */
export function keptPageOf(url: string | undefined, isAppOrigin: (origin: string) => boolean): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppOrigin(parsed.origin) || SESSION_PATHS.test(parsed.pathname)) return null;
  const query = new URLSearchParams(
    [...parsed.searchParams].filter(([key]) => !ORG_BOUND_QUERY.test(key)),
  ).toString();
  if (parsed.pathname === '/' && !query) return null;
  return `${parsed.pathname}${query ? `?${query}` : ''}`;
}

/** The kept page in the org whose app starts at `appUrl`; never another origin (else the start). */
export function keptPageUrl(appUrl: string, kept: string): string {
  const start = new URL(appUrl);
  const url = kept.startsWith('/') && !kept.startsWith('//') ? new URL(kept, start.origin) : null;
  return url && url.origin === start.origin ? url.href : start.href;
}

/** Whether the app page says it does not exist (the kept page is not in this org). */
export function isMissingPage(facts: Pick<PageFacts, 'title' | 'headings'>): boolean {
  return [facts.title, ...facts.headings].some((text) => NOT_FOUND.test(text));
}
