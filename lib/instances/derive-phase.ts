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

/** What the UI should show, from the facts the background holds. Pure. */
export function derivePhase({ source, isSigningIn, isSignedIn, group, error, ...pages }: PhaseInputs): Phase {
  if (pages.hasOffer) return 'list-offered';
  // Outreach pages: no tokens; the first action is signing in on Outreach, unless a list exists.
  if (pages.signInKind === 'outreach-pages') {
    if (group && group.instances.length > 0) return 'ready';
    return isSigningIn ? 'signing-in' : 'signed-out';
  }
  if (isSigningIn) return 'signing-in';
  if (source === 'manual') return group && group.instances.length > 0 ? 'ready' : 'empty';
  if (!isSignedIn) return error?.kind === 'session-expired' ? 'session-expired' : 'signed-out';
  if (error?.kind === 'not-admin' || group?.role === 'user') return 'not-admin';
  if (!group) return error ? 'error' : 'empty';
  if (group.crossInstanceSso !== 'enabled') return 'not-enabled';
  return group.instances.length > 0 ? 'ready' : 'empty';
}
