/**
 * Which app paths exist in which org (issue 14, "open this page in another org"), Outreach-shaped:
 * the start page, the section lists and Org info exist in every org; a record page
 * (`/prospects/{id}`, `/prospects/{id}/overview`, the same for sequences) only in the orgs that hold
 * the record; any other path is the app's "Page not found" view (the org's header, status 404), as
 * the extension's site adapter expects (`NOT_FOUND` in lib/site/words.ts reads the title and
 * headings). Prospect 123 is in Acme Production and Acme Staging, as in the classic sandbox
 * (`../app-records.ts`).
 */

/** The section pages of every org (`titleForPath` names them). */
const SECTIONS = new Set(['/', '/prospects', '/sequences', '/admin-exp/users']);

/** The tabs of a record page (`/prospects/123/overview`); the bare record path shows the overview. */
const RECORD_TABS = new Set(['overview', 'activity']);

/** Records by kind, then org, then id. */
const RECORDS: Record<'prospects' | 'sequences', Record<string, Record<string, string>>> = {
  prospects: {
    org_acme_prod: { '123': 'Ada Lovelace', '124': 'Grace Hopper' },
    org_acme_staging: { '123': 'Ada Lovelace (staging copy)' },
  },
  sequences: {
    org_acme_prod: { '4': 'Q4 outbound' },
    org_acme_staging: { '4': 'Q4 outbound (staging copy)' },
    org_acme_staging2: { '4': 'Q4 outbound (staging 2 copy)' },
    org_acme_a4test: { '4': 'Q4 outbound (test copy)' },
  },
};

/** What the app shows at `path` in `orgId`: a section, a record by name, or nothing (not found). */
export type AppPathPage = { kind: 'section' } | { kind: 'record'; name: string } | { kind: 'not-found' };

export function appPathPage(orgId: string, path: string): AppPathPage {
  if (SECTIONS.has(path)) return { kind: 'section' };
  const match = /^\/(prospects|sequences)\/(\d+)(?:\/([a-z-]+))?$/.exec(path);
  if (!match) return { kind: 'not-found' };
  const [, kind, id, tab] = match as unknown as [
    string,
    'prospects' | 'sequences',
    string,
    string | undefined,
  ];
  const name = RECORDS[kind][orgId]?.[id];
  return name && (tab === undefined || RECORD_TABS.has(tab))
    ? { kind: 'record', name }
    : { kind: 'not-found' };
}
