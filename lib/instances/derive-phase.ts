import type { InstanceGroup } from '../directory/schema';
import type { Phase, UiError } from '../messaging/protocol';

export interface PhaseInputs {
  source: 'directory' | 'manual';
  isSigningIn: boolean;
  isSignedIn: boolean;
  group: InstanceGroup | null;
  error: UiError | null;
  /** How the root signs in (`openid` when absent). */
  signInKind?: 'openid' | 'outreach-pages';
  /** Orgs from Outreach's selection window wait for the person's yes. */
  hasOffer?: boolean;
}

/** Errors that mean the root session is gone (not that the list is bad). */
const SESSION_GONE = new Set(['session-expired', 'refresh-failed', 'not-signed-in']);

/**
 * What the UI should show, from the facts the background holds. Pure.
 *
 * A cached list is never hidden by a sign-in problem: alias logins need no root token, so with a
 * list and no session the phase is `session-expired` (the popup keeps the list and offers Sign in
 * again), unless the person signed out or never signed in (`signed-out`, the list still shown).
 * Outreach pages have no tokens: with a list they are `ready`, without one the first action is
 * signing in on Outreach's own pages.
 */
export function derivePhase({ source, isSigningIn, isSignedIn, group, error, ...pages }: PhaseInputs): Phase {
  if (pages.hasOffer) return 'list-offered';
  // Outreach pages: no tokens; the first action is signing in on Outreach, unless a list exists.
  if (pages.signInKind === 'outreach-pages') {
    if (group && group.instances.length > 0) return 'ready';
    return isSigningIn ? 'signing-in' : 'signed-out';
  }
  if (isSigningIn) return 'signing-in';
  if (source === 'manual') return group && group.instances.length > 0 ? 'ready' : 'empty';
  if (!isSignedIn) return error && SESSION_GONE.has(error.kind) ? 'session-expired' : 'signed-out';
  if (error?.kind === 'not-admin' || group?.role === 'user') return 'not-admin';
  if (!group) return error ? 'error' : 'empty';
  if (group.crossInstanceSso !== 'enabled') return 'not-enabled';
  return group.instances.length > 0 ? 'ready' : 'empty';
}
