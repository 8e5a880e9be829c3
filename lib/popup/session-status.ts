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
  /**
   * Orgs signed in in their own container (Firefox, one container per org), by org id: how many
   * Outreach tabs that container has.
   */
  containers?: Record<string, number>;
}

export type SessionStatus =
  | { kind: 'here'; tabs: number }
  | { kind: 'container'; tabs: number }
  | { kind: 'saved'; savedAt: number }
  | { kind: 'alias-login' };

/** The status of one org: its own container's session first, where it has one. */
export function sessionStatus(orgId: string, facts: SessionFacts): SessionStatus {
  const containerTabs = facts.containers?.[orgId];
  if (containerTabs !== undefined) return { kind: 'container', tabs: containerTabs };
  if (orgId === facts.activeOrgId) return { kind: 'here', tabs: facts.outreachTabs };
  const savedAt = facts.saved[orgId];
  return savedAt === undefined ? { kind: 'alias-login' } : { kind: 'saved', savedAt };
}

/** Whether the popup offers "Forget this org's session": a saved jar it is not in, or its own container's session. */
export function canForgetSession(orgId: string, facts: SessionFacts): boolean {
  const isSaved = facts.saved[orgId] !== undefined && orgId !== facts.activeOrgId;
  return isSaved || facts.containers?.[orgId] !== undefined;
}
