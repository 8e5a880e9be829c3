import { describe, expect, it } from 'vitest';
import { OUTREACH_PROFILE, loginOriginsOf } from '../../../lib/connection/profiles';
import { createMemoryCache } from '../../../lib/db';
import type { InstanceGroup } from '../../../lib/directory/schema';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import { createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createSwitchService } from '../../../lib/switch/switch-service';

// The Outreach profile's switches: the pending switch follows its tab across the login hosts
// (legacy accounts.outreach.io → login.outreach.io), and a switch lands only on an app origin.

const org = (orgId: string, name: string, tag: string) => ({
  orgId,
  name,
  tag,
  loginEmail: tag ? `jane.doe+${tag}@acme.com` : 'jane.doe@acme.com',
  environment: 'production' as const,
  isPrimary: !tag,
  appUrl: 'https://web.outreach.io/',
  loginUrl: 'https://accounts.outreach.io/users/sign_in',
});
const group: InstanceGroup = {
  instanceGroupId: 'outreach-page:jane.doe@acme.com',
  rootEmail: 'jane.doe@acme.com',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'outreach-page',
  instances: [org('prod', 'Acme Production', ''), org('stg', 'Acme Staging', 'staging')],
  dropped: [],
  fetchedAt: 0,
};
const at = (origin: string): HandlerContext => ({ kind: 'content-script', tabId: 5, origin });

function setup() {
  const store = memorySessionStore();
  const cache = createMemoryCache(null, { group, usage: [] });
  const service = createSwitchService({
    cache: async () => cache,
    store,
    pending: createPendingSwitches(store),
    cookies: { read: async () => [], clear: async () => undefined, restore: async () => undefined },
    tabs: { reusable: async () => 5, navigate: async () => undefined, open: async () => 5 },
    site: async () => ({
      loginOrigins: loginOriginsOf(OUTREACH_PROFILE),
      appHosts: OUTREACH_PROFILE.appHosts!,
    }),
  });
  return { service, store };
}

describe('a pending switch on the Outreach profile', () => {
  it('follows the tab from the legacy login page to login.outreach.io, with the alias', async () => {
    const { service } = setup();
    await service.openInstance('stg', 'current');
    expect(await service.getPendingSwitch(at('https://login.outreach.io'))).toMatchObject({
      loginEmail: 'jane.doe+staging@acme.com',
      isLoginOrigin: true,
      shouldFill: true,
      via: 'alias',
    });
  });

  it('gives no alias to an app host, a look-alike or another Outreach host', async () => {
    const { service } = setup();
    await service.openInstance('stg', 'current');
    expect(await service.getPendingSwitch(at('https://app1a.outreach.io'))).toMatchObject({ loginEmail: '' });
    for (const origin of [
      'https://app.outreach.io',
      'https://login.outreach.io.evil.example',
      'http://login.outreach.io',
    ])
      expect(await service.getPendingSwitch(at(origin))).toBeNull();
  });

  it('signs the root org in through the root email and the selection window', async () => {
    const { service } = setup();
    await service.openInstance('prod', 'current');
    const view = await service.getPendingSwitch(at('https://login.outreach.io'));
    expect(view).toMatchObject({ via: 'root', shouldPick: true, loginEmail: 'jane.doe@acme.com' });
    expect(view?.orgs?.map((o) => o.name)).toEqual(['Acme Production', 'Acme Staging']);
    await service.reportSwitch('picked', undefined, at('https://login.outreach.io'));
    expect(await service.getPendingSwitch(at('https://login.outreach.io'))).toMatchObject({
      shouldPick: false,
    });
  });

  it('lands only from an app origin: "landed" from a login host changes nothing', async () => {
    const { service, store } = setup();
    await service.openInstance('stg', 'current');
    await service.reportSwitch('landed', undefined, at('https://login.outreach.io'));
    expect(await store.get('switch.active')).toBeUndefined();
    expect(await service.getPendingSwitch(at('https://login.outreach.io'))).not.toBeNull();
    await service.reportSwitch('landed', undefined, at('https://web.outreach.io'));
    expect(await store.get('switch.active')).toMatchObject({ orgId: 'stg' });
  });

  it('keeps the page report of a failed switch for the popup, and the words say what to do', async () => {
    const { service, store } = setup();
    await service.openInstance('stg', 'current');
    await service.reportSwitch('failed', 'org-not-offered', at('https://login.outreach.io'), 'page: x');
    expect(await store.get('switch.error')).toMatchObject({
      kind: 'switch-failed',
      message: expect.stringContaining('Pick it yourself'),
    });
    expect(await store.get('switch.pageReport')).toBe('page: x');
  });
});

describe('the Outreach profile', () => {
  it('starts at login.outreach.io, knows the legacy page, and has no OpenID sign-in', () => {
    expect(OUTREACH_PROFILE).toMatchObject({
      loginUrl: 'https://login.outreach.io/',
      signInKind: 'outreach-pages',
      allowedHosts: ['*.outreach.io'],
      directoryUrl: '',
    });
    expect(loginOriginsOf(OUTREACH_PROFILE)).toEqual([
      'https://login.outreach.io',
      'https://accounts.outreach.io',
    ]);
    expect(OUTREACH_PROFILE.appHosts).not.toContain('app.outreach.io');
  });
});
