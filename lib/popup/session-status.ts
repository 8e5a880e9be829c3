/**
 * Session status per org for the popup: the org the browser is in (and how many Outreach tabs show
 * it), orgs with a saved session that switches back at once (and its age), and orgs that will need
 * an alias login. Pure; the background supplies the facts.
 */

/** What the background tells the popup (times and counts only, never cookies). */
export interface SessionFacts {
  /** The org the browser's Outreach session is in, if a switch put it there. */
  activeOrgId: string | null;
  /** Open Outreach tabs: with one session per browser they all show the active org. */
  outreachTabs: number;
  /** When each restorable saved session was saved, by org id. */
  saved: Record<string, number>;
}

export type SessionStatus =
  { kind: 'here'; tabs: number } | { kind: 'saved'; savedAt: number } | { kind: 'alias-login' };

/** The status of one org. */
export function sessionStatus(orgId: string, facts: SessionFacts): SessionStatus {
  if (orgId === facts.activeOrgId) return { kind: 'here', tabs: facts.outreachTabs };
  const savedAt = facts.saved[orgId];
  return savedAt === undefined ? { kind: 'alias-login' } : { kind: 'saved', savedAt };
}
