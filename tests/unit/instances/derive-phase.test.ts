import { describe, expect, it } from 'vitest';
import type { InstanceGroup } from '../../../lib/directory/schema';
import { canListOrgs } from '../../../lib/instances/can-list-orgs';
import { derivePhase } from '../../../lib/instances/derive-phase';
import type { PhaseInputs } from '../../../lib/instances/derive-phase';

const group = (patch: Partial<InstanceGroup> = {}): InstanceGroup => ({
  instanceGroupId: 'ig_1',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [
    {
      orgId: 'o1',
      name: 'Acme',
      loginEmail: 'jane.doe@acme.test',
      tag: '',
      environment: 'production',
      isPrimary: true,
      appUrl: 'http://app.outreach.localhost:1/',
      loginUrl: 'http://app.outreach.localhost:1/login',
    },
  ],
  dropped: [],
  fetchedAt: 1,
  ...patch,
});
const base: PhaseInputs = {
  source: 'directory',
  isSigningIn: false,
  isSignedIn: true,
  group: group(),
  error: null,
};

describe('derivePhase', () => {
  it.each<[string, Partial<PhaseInputs>, string]>([
    ['signed in with an enabled group', {}, 'ready'],
    ['a sign-in in progress', { isSigningIn: true }, 'signing-in'],
    ['no tokens', { isSignedIn: false }, 'signed-out'],
    [
      'tokens refused',
      { isSignedIn: false, error: { kind: 'session-expired', message: '' } },
      'session-expired',
    ],
    [
      'no tokens with a cached list after a refresh said "not signed in"',
      { isSignedIn: false, error: { kind: 'not-signed-in', message: '' } },
      'session-expired',
    ],
    [
      'a refresh token refused',
      { isSignedIn: false, error: { kind: 'refresh-failed', message: '' } },
      'session-expired',
    ],
    ['a non-admin', { group: null, error: { kind: 'not-admin', message: '' } }, 'not-admin'],
    ['a user role in the group', { group: group({ role: 'user' }) }, 'not-admin'],
    [
      'a group that requested the feature',
      { group: group({ crossInstanceSso: 'requested' }) },
      'not-enabled',
    ],
    ['a disabled group', { group: group({ crossInstanceSso: 'disabled' }) }, 'not-enabled'],
    ['offline with a last good list', { error: { kind: 'offline', message: '' } }, 'ready'],
    ['offline with no list', { group: null, error: { kind: 'offline', message: '' } }, 'error'],
    ['an empty group', { group: group({ instances: [] }) }, 'empty'],
    ['the manual source with orgs', { source: 'manual', isSignedIn: false }, 'ready'],
    ['the manual source with none', { source: 'manual', isSignedIn: false, group: null }, 'empty'],
  ])('%s → %s', (_name, patch, phase) => {
    expect(derivePhase({ ...base, ...patch })).toBe(phase);
  });
});

describe('derivePhase for the Outreach-pages kind', () => {
  const base = {
    source: 'manual' as const,
    isSignedIn: false,
    error: null,
    signInKind: 'outreach-pages' as const,
  };
  const group = { instances: [{}] } as unknown as import('../../../lib/directory/schema').InstanceGroup;

  it.each([
    ['nothing yet: sign in on Outreach first', { isSigningIn: false, group: null }, 'signed-out'],
    ['signing in on Outreach', { isSigningIn: true, group: null }, 'signing-in'],
    ['an offer waits for a yes', { isSigningIn: true, group: null, hasOffer: true }, 'list-offered'],
    ['a list, while the sign-in tab is still open', { isSigningIn: true, group }, 'ready'],
  ] as const)('%s', (_name, inputs, phase) => {
    expect(derivePhase({ ...base, ...inputs })).toBe(phase);
  });
});

describe('canListOrgs: a cached list stays openable through sign-in trouble', () => {
  it.each<[string, Parameters<typeof canListOrgs>[0], InstanceGroup | null, boolean]>([
    ['ready', 'ready', group(), true],
    ['session expired', 'session-expired', group(), true],
    ['signed out', 'signed-out', group(), true],
    ['signing in', 'signing-in', group(), true],
    ['a failed refresh', 'error', group(), true],
    ['no list', 'session-expired', null, false],
    ['an empty list', 'signed-out', group({ instances: [] }), false],
    ['a non-admin', 'not-admin', group({ role: 'user' }), false],
    ['not enabled', 'not-enabled', group({ crossInstanceSso: 'requested' }), false],
  ])('%s → %s', (_name, phase, cached, expected) => {
    expect(canListOrgs(phase, cached)).toBe(expected);
  });
});
