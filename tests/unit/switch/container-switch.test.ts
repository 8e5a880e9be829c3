import { describe, expect, it } from 'vitest';
import { createContainers } from '../../../lib/browser/containers';
import { createMemoryCache } from '../../../lib/db';
import type { InstanceGroup } from '../../../lib/directory/schema';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import { createContainerSwitch } from '../../../lib/switch/container-switch';
import type { StoreTab } from '../../../lib/switch/container-switch';
import type { Cookie, CookieJar } from '../../../lib/switch/cookie-jar';
import { createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createContainerSessions } from '../../../lib/switch/container-sessions';
import { sessionCookie } from './fixtures';
import { createSwitchService } from '../../../lib/switch/switch-service';
import { INTENT_KEY } from '../../../lib/switch/switch-intent';
import type { SwitchIntent, SwitchStep } from '../../../lib/switch/switch-intent';

const APP = 'http://app.outreach.localhost:8790';
const DEFAULT = 'firefox-default';
const org = (orgId: string, name: string, tag: string, environment: 'production' | 'staging') => ({
  orgId,
  name,
  tag,
  loginEmail: tag ? `jane.doe+${tag}@acme.test` : 'jane.doe@acme.test',
  environment,
  isPrimary: !tag,
  appUrl: `${APP}/`,
  loginUrl: `${APP}/login`,
});
const group: InstanceGroup = {
  instanceGroupId: 'ig_acme_7f3a',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [
    org('prod', 'Acme Production', '', 'production'),
    org('stg', 'Acme Staging', 'staging', 'staging'),
  ],
  dropped: [],
  fetchedAt: 0,
};
const session = (value: string, storeId: string) => sessionCookie(value, storeId);

/**
 * Firefox in miniature: cookie stores (default and containers), tabs that each live in one store,
 * `contextualIdentities`, and the switch service wired to them as the background wires it.
 */
function firefox({ setting = null as boolean | null, hasContainers = true } = {}) {
  const jars = new Map<string, Cookie[]>();
  const tabs = new Map<number, Required<StoreTab>>();
  let activeId: number | undefined;
  let nextTab = 10;
  const identities: { name: string; color: string; cookieStoreId: string }[] = [];
  const api = {
    query: async ({ name }: { name?: string }) =>
      identities.filter((c) => name === undefined || c.name === name),
    create: async ({ name, color }: { name: string; color: string }) => {
      const created = { name, color, cookieStoreId: `firefox-container-${identities.length + 1}` };
      identities.push(created);
      return created;
    },
  };
  const storeOf = (storeId?: string) => storeId ?? DEFAULT;
  const containers = createContainerSwitch({
    containers: createContainers(hasContainers ? api : undefined),
    setting: async () => setting,
    activeTab: async () => (activeId === undefined ? undefined : tabs.get(activeId)),
    getTab: async (tabId) => tabs.get(tabId),
    isOutreachUrl: (url) => url?.startsWith(APP) ?? false,
    navigate: async (tabId, url) => void (tabs.get(tabId)!.url = url),
    open: async (url, storeId) => {
      const id = nextTab++;
      tabs.set(id, { id, url, cookieStoreId: storeOf(storeId) });
      activeId = id;
      return id;
    },
  });
  const store = memorySessionStore();
  /** A worker run; `haltAt` holds its switch at that step, as a stopped worker would leave it. */
  const worker = (run?: string, haltAt?: SwitchStep) =>
    createSwitchService({
      cache: async () => createMemoryCache(null, { group, usage: [] }),
      store,
      pending: createPendingSwitches(store),
      cookies: {
        read: async (_url, storeId) => jars.get(storeOf(storeId)) ?? [],
        clear: async (_url, storeId) => void jars.delete(storeOf(storeId)),
        restore: async (jar: CookieJar, _url, storeId) =>
          void jars.set(
            storeOf(storeId),
            jar.cookies.map((cookie) => ({ ...cookie, storeId: storeOf(storeId) })),
          ),
      },
      tabs: {
        reusable: async () => {
          throw new Error('the default tabs are not used when a place is given');
        },
        navigate: async () => undefined,
        open: async () => 0,
      },
      place: containers.place,
      storeOf: containers.storeOf,
      run,
      afterStep: async (step) => {
        if (step === haltAt) await new Promise<never>(() => undefined);
      },
    });
  const service = worker();
  const page = (tabId: number): HandlerContext => ({ kind: 'content-script', tabId, origin: APP });
  // The popup's session facts and Forget, per container, as the background wires them.
  const sessions = createContainerSessions({
    ownStores: containers.ownStoresOf,
    cookies: {
      read: async (_url, storeId) => jars.get(storeOf(storeId)) ?? [],
      clear: async (_url, storeId) => void jars.delete(storeOf(storeId)),
    },
    tabs: async () => [...tabs.values()],
    isOutreachUrl: (url) => url?.startsWith(APP) ?? false,
    store,
  });
  return {
    service,
    sessions,
    worker,
    store,
    identities,
    tabs,
    jars,
    /** The person opens a tab in a store and looks at it. */
    openTab(url: string, cookieStoreId = DEFAULT) {
      const id = nextTab++;
      tabs.set(id, { id, url, cookieStoreId });
      activeId = id;
      return id;
    },
    /** The login page in `tabId` signs in (the content script's alias, SSO) and the app loads. */
    async land(tabId: number, value: string) {
      jars.set(tabs.get(tabId)!.cookieStoreId, [session(value, tabs.get(tabId)!.cookieStoreId)]);
      tabs.get(tabId)!.url = `${APP}/`;
      await service.reportSwitch('landed', undefined, page(tabId));
    },
    page,
  };
}

describe('one container per org (Firefox, the option on)', () => {
  it('opens each org in its own container, so two orgs stay signed in at once', async () => {
    const ff = firefox();
    const prod = await ff.service.openInstance('prod', 'new');
    expect(prod.restored).toBe(false);
    expect(ff.tabs.get(prod.tabId)).toMatchObject({
      url: `${APP}/login`,
      cookieStoreId: 'firefox-container-1',
    });
    expect(await ff.service.getPendingSwitch(ff.page(prod.tabId))).toMatchObject({
      loginEmail: 'jane.doe@acme.test',
      shouldFill: true,
    });
    await ff.land(prod.tabId, 'prod-session');

    const stg = await ff.service.openInstance('stg', 'current');
    expect(ff.tabs.get(stg.tabId)).toMatchObject({
      url: `${APP}/login`,
      cookieStoreId: 'firefox-container-2',
    });
    expect(stg.tabId).not.toBe(prod.tabId);
    await ff.land(stg.tabId, 'stg-session');

    expect(ff.identities.map(({ name, color }) => [name, color])).toEqual([
      ['Acme Production', 'red'],
      ['Acme Staging', 'orange'],
    ]);
    // Nothing was swapped: each container still holds its own org's session.
    expect(ff.jars.get('firefox-container-1')?.[0]?.value).toBe('prod-session');
    expect(ff.jars.get('firefox-container-2')?.[0]?.value).toBe('stg-session');
    expect(ff.jars.has(DEFAULT)).toBe(false);
  });

  it("goes straight to the app in an org's container that is signed in, reusing a tab there", async () => {
    const ff = firefox();
    const first = await ff.service.openInstance('prod', 'new');
    await ff.land(first.tabId, 'prod-session');
    expect(await ff.service.openInstance('prod', 'current')).toEqual({ tabId: first.tabId, restored: true });
    expect(ff.tabs.get(first.tabId)?.url).toBe(`${APP}/`);

    // From a tab of another store, `current` cannot move that tab: a new one opens in the container.
    const elsewhere = ff.openTab(`${APP}/`, DEFAULT);
    const again = await ff.service.openInstance('prod', 'current');
    expect(again.tabId).not.toBe(elsewhere);
    expect(ff.tabs.get(again.tabId)).toMatchObject({ url: `${APP}/`, cookieStoreId: 'firefox-container-1' });
  });

  it('knows the current org per container', async () => {
    const ff = firefox();
    const prod = await ff.service.openInstance('prod', 'new');
    await ff.land(prod.tabId, 'prod-session');
    const stg = await ff.service.openInstance('stg', 'new');
    await ff.land(stg.tabId, 'stg-session');
    expect(await ff.service.activeOrgId('firefox-container-1')).toBe('prod');
    expect(await ff.service.activeOrgId('firefox-container-2')).toBe('stg');
    expect(await ff.service.activeOrgId(DEFAULT)).toBeNull();
  });
});

describe("each container's own session in the popup (one container per org)", () => {
  it('is signed in per container, with its tabs, and Forget signs that container out only', async () => {
    const ff = firefox();
    const orgs = group.instances;
    // No container yet: nothing signed in, and asking creates none.
    expect(await ff.sessions.signedIn(orgs)).toEqual({});
    expect(ff.identities).toEqual([]);

    const prod = await ff.service.openInstance('prod', 'new');
    await ff.land(prod.tabId, 'prod-session');
    const stg = await ff.service.openInstance('stg', 'new');
    // Staging's container exists, but its login has not finished: not signed in yet.
    expect(await ff.sessions.signedIn(orgs)).toEqual({ prod: 1 });
    await ff.land(stg.tabId, 'stg-session');
    ff.openTab(`${APP}/sequences`, 'firefox-container-1');
    expect(await ff.sessions.signedIn(orgs)).toEqual({ prod: 2, stg: 1 });
    // No jar was ever saved: these sessions are the containers' own cookies.
    expect(await ff.service.savedSessions(['prod', 'stg'])).toEqual({});

    await ff.sessions.forget(orgs[0]!);
    expect(ff.jars.get('firefox-container-1')).toBeUndefined();
    expect(ff.jars.get('firefox-container-2')?.[0]?.value).toBe('stg-session');
    expect(await ff.service.activeOrgId('firefox-container-1')).toBeNull();
    expect(await ff.service.activeOrgId('firefox-container-2')).toBe('stg');
    expect(await ff.sessions.signedIn(orgs)).toEqual({ stg: 1 });
  });

  it('without a container per org, looks at no container and forgets none', async () => {
    const ff = firefox({ setting: false });
    const tabId = ff.openTab(`${APP}/`, 'firefox-container-9');
    const stg = await ff.service.openInstance('stg', 'current');
    await ff.land(stg.tabId, 'stg-session');
    expect(stg.tabId).toBe(tabId);
    expect(await ff.sessions.signedIn(group.instances)).toEqual({});
    await ff.sessions.forget(group.instances[1]!);
    expect(ff.jars.get('firefox-container-9')?.[0]?.value).toBe('stg-session');
  });
});

describe('without a container per org', () => {
  it.each([
    ['the option is off', { setting: false }],
    ['the browser has no containers', { setting: true, hasContainers: false }],
  ])('a switch from a container tab stays in that container (%s)', async (_name, options) => {
    const ff = firefox(options);
    ff.jars.set(DEFAULT, [session('default-store-session', DEFAULT)]);
    const work = ff.openTab(`${APP}/`, 'firefox-container-9');
    const prod = await ff.service.openInstance('prod', 'current');
    expect(prod.tabId).toBe(work);
    await ff.land(work, 'prod-in-work');
    const stg = await ff.service.openInstance('stg', 'new');
    expect(ff.tabs.get(stg.tabId)).toMatchObject({
      url: `${APP}/login`,
      cookieStoreId: 'firefox-container-9',
    });
    await ff.land(stg.tabId, 'stg-in-work');

    // Back to prod: its jar was saved from that container and is restored there.
    expect(await ff.service.openInstance('prod', 'current')).toMatchObject({ restored: true });
    expect(ff.jars.get('firefox-container-9')?.[0]).toMatchObject({
      value: 'prod-in-work',
      storeId: 'firefox-container-9',
    });
    expect(ff.jars.get(DEFAULT)?.[0]?.value).toBe('default-store-session');
    expect(ff.identities).toEqual([]);
  });

  it('a switch resumed after a worker stop stays in the container it started in', async () => {
    const ff = firefox({ setting: false });
    ff.jars.set(DEFAULT, [session('default-store-session', DEFAULT)]);
    const work = ff.openTab(`${APP}/`, 'firefox-container-9');
    ff.jars.set('firefox-container-9', [session('someone-in-work', 'firefox-container-9')]);
    void ff.worker('run-1', 'cleared').openInstance('stg', 'current');
    await expect.poll(async () => (await ff.store.get<SwitchIntent>(INTENT_KEY))?.step).toBe('cleared');
    // The person looks at a default-store tab when the worker starts again.
    ff.openTab('https://example.test/');
    await ff.worker('run-2').resumeInterrupted();
    // The login page opens in the work container (a new tab: the one in front is not Outreach).
    const login = [...ff.tabs.values()].filter((tab) => tab.url === `${APP}/login`);
    expect(login).toEqual([expect.objectContaining({ cookieStoreId: 'firefox-container-9' })]);
    expect(ff.tabs.get(work)?.url).toBe(`${APP}/`);
    expect(ff.jars.has('firefox-container-9')).toBe(false);
    expect(ff.jars.get(DEFAULT)?.[0]?.value).toBe('default-store-session');
  });

  it("in the default store it is today's one-session switch", async () => {
    const ff = firefox({ setting: false });
    const tab = ff.openTab(`${APP}/`);
    await ff.service.openInstance('prod', 'current');
    await ff.land(tab, 'prod-session');
    await ff.service.openInstance('stg', 'current');
    expect(ff.jars.has(DEFAULT)).toBe(false);
    await ff.land(tab, 'stg-session');
    expect(await ff.service.activeOrgId()).toBe('stg');
    expect(await ff.service.openInstance('prod', 'current')).toEqual({ tabId: tab, restored: true });
    expect(ff.jars.get(DEFAULT)?.[0]?.value).toBe('prod-session');
  });
});

describe('the inline chooser in a container tab', () => {
  it('saves and forgets the session of that container only', async () => {
    const ff = firefox({ setting: false });
    const work = ff.openTab(`${APP}/`, 'firefox-container-9');
    await ff.service.openInstance('prod', 'current');
    await ff.land(work, 'prod-in-work');
    ff.tabs.get(work)!.url = `${APP}/login`;
    await ff.service.chooseOrg('stg', work, APP);
    expect(await ff.service.getPendingSwitch(ff.page(work))).toMatchObject({
      loginEmail: 'jane.doe+staging@acme.test',
      shouldFill: true,
    });
    expect(await ff.service.activeOrgId('firefox-container-9')).toBeNull();
    // prod's session from that container was saved as its jar: going back restores it there.
    ff.jars.delete('firefox-container-9');
    expect(await ff.service.openInstance('prod', 'current')).toMatchObject({ restored: true });
    expect(ff.jars.get('firefox-container-9')?.[0]?.value).toBe('prod-in-work');
  });
});
