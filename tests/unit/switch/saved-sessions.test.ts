import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import type { InstanceGroup } from '../../../lib/directory/schema';
import { memorySessionStore } from '../../../lib/storage/session-store';
import type { Cookie } from '../../../lib/switch/cookie-jar';
import { createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createSwitchService } from '../../../lib/switch/switch-service';

const APP = 'http://app.outreach.localhost:8790';
const org = (orgId: string) => ({
  orgId,
  name: orgId,
  tag: orgId,
  loginEmail: `jane.doe+${orgId}@acme.test`,
  environment: 'staging' as const,
  isPrimary: false,
  appUrl: `${APP}/`,
  loginUrl: `${APP}/login`,
});
const group: InstanceGroup = {
  instanceGroupId: 'ig',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [org('a'), org('b')],
  dropped: [],
  fetchedAt: 0,
};
const cookie = {
  name: 's',
  value: 'v',
  domain: 'app.outreach.localhost',
  path: '/',
  session: true,
} as Cookie;

function setup() {
  let now = 10_000;
  const store = memorySessionStore();
  const service = createSwitchService({
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    store,
    pending: createPendingSwitches(store, () => now),
    cookies: { read: async () => [], clear: async () => undefined, restore: async () => undefined },
    tabs: { reusable: async () => 1, navigate: async () => undefined, open: async () => 1 },
    now: () => now,
  });
  return { service, store, later: (ms: number) => void (now += ms) };
}

describe('saved sessions for the popup', () => {
  it('gives the time of each restorable jar and nothing else', async () => {
    const t = setup();
    await t.store.set('switch.jar.a', { savedAt: 9_000, cookies: [cookie] });
    await t.store.set('switch.jar.b', { savedAt: 9_500, cookies: [] });
    expect(await t.service.savedSessions(['a', 'b', 'c'])).toEqual({ a: 9_000 });
  });

  it('forgets one org’s jar and keeps the others', async () => {
    const t = setup();
    await t.store.set('switch.jar.a', { savedAt: 9_000, cookies: [cookie] });
    await t.store.set('switch.jar.b', { savedAt: 9_000, cookies: [cookie] });
    await t.service.forgetSession('a');
    expect(await t.service.savedSessions(['a', 'b'])).toEqual({ b: 9_000 });
  });
});
