import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import type { Cookie, CookieJar } from '../../../lib/switch/cookie-jar';
import { PENDING_TTL_MS, createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createSwitchService } from '../../../lib/switch/switch-service';
import { APP, group, sessionCookie } from './fixtures';

const cookie = (value: string) => sessionCookie(value);
const page: HandlerContext = { kind: 'content-script', tabId: 5, origin: APP };

function setup() {
  let now = 1_000_000;
  let browserCookies: Cookie[] = [];
  const store = memorySessionStore();
  const cache = createMemoryCache(null, { group, usage: [] });
  const pending = createPendingSwitches(store, () => now);
  const navigate = vi.fn(async () => undefined);
  const service = createSwitchService({
    cache: async () => cache,
    store,
    pending,
    cookies: {
      read: async () => browserCookies,
      clear: async () => void (browserCookies = []),
      restore: async (jar: CookieJar) => void (browserCookies = jar.cookies),
    },
    tabs: { reusable: async () => 5, navigate, open: async () => 5 },
    now: () => now,
  });
  return {
    service,
    store,
    cache,
    navigate,
    signIn: (value: string) => void (browserCookies = [cookie(value)]),
    cookies: () => browserCookies,
    tick: (ms: number) => void (now += ms),
  };
}

describe('openInstance', () => {
  it('with no saved session, clears the session and opens the login page with a pending switch', async () => {
    const t = setup();
    t.signIn('someone');
    expect(await t.service.openInstance('stg', 'current')).toEqual({ tabId: 5, restored: false });
    expect(t.cookies()).toEqual([]);
    expect(t.navigate).toHaveBeenCalledWith(5, `${APP}/login`);
    expect(await t.service.getPendingSwitch(page)).toMatchObject({
      loginEmail: 'jane.doe+staging@acme.test',
      shouldFill: true,
    });
    expect((await t.cache.readUsage())[0]).toMatchObject({ orgId: 'stg', count: 1 });
  });

  it('saves the session of the org being left and restores it on the way back', async () => {
    const t = setup();
    await t.service.openInstance('prod', 'current');
    t.signIn('prod-session');
    await t.service.reportSwitch('landed', undefined, page);
    await t.service.openInstance('stg', 'current');
    t.signIn('stg-session');
    await t.service.reportSwitch('landed', undefined, page);

    expect(await t.service.openInstance('prod', 'current')).toEqual({ tabId: 5, restored: true });
    expect(t.cookies()[0]?.value).toBe('prod-session');
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/`);
    expect(await t.service.openInstance('stg', 'current')).toMatchObject({ restored: true });
    expect(t.cookies()[0]?.value).toBe('stg-session');
  });

  it('does not trust or save a session a person changed by hand', async () => {
    const t = setup();
    await t.service.openInstance('stg', 'current');
    t.signIn('stg-session');
    await t.service.reportSwitch('landed', undefined, page);
    t.signIn('signed-in-by-hand-as-someone-else');
    expect(await t.service.openInstance('stg', 'current')).toMatchObject({ restored: false });
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/login`);
    await t.service.openInstance('prod', 'current');
    expect(Object.keys(t.store.dump()).filter((key) => key.startsWith('switch.jar.'))).toEqual([]);
  });

  it('refuses an org that is not in the list', async () => {
    await expect(setup().service.openInstance('gone', 'new')).rejects.toMatchObject({ kind: 'unknown-org' });
  });
});

describe('a new tab', () => {
  it('a login page that asks before its pending switch is recorded still gets it', async () => {
    const store = memorySessionStore();
    let opened!: (tabId: number) => void;
    const service = createSwitchService({
      cache: async () => createMemoryCache(null, { group, usage: [] }),
      store,
      pending: createPendingSwitches(store),
      cookies: { read: async () => [], clear: async () => undefined, restore: async () => undefined },
      tabs: {
        reusable: async () => null,
        navigate: async () => undefined,
        open: () => new Promise<number>((done) => (opened = done)),
      },
    });
    const switching = service.openInstance('stg', 'new');
    await vi.waitFor(() => expect(opened).toBeDefined());
    // The page loaded and asked while the browser was still answering `tabs.create`.
    const asked = service.getPendingSwitch(page);
    opened(5);
    await switching;
    expect(await asked).toMatchObject({ loginEmail: 'jane.doe+staging@acme.test' });
  });
});

describe('the pending switch', () => {
  it('is given only to its tab on the login origin, and expires', async () => {
    const t = setup();
    await t.service.openInstance('stg', 'new');
    expect(
      await t.service.getPendingSwitch({ ...page, origin: 'http://evil.outreach.localhost:8790' }),
    ).toBeNull();
    expect(await t.service.getPendingSwitch({ ...page, tabId: 6 })).toBeNull();
    expect(await t.service.getPendingSwitch({ kind: 'extension-page' })).toBeNull();
    t.tick(PENDING_TTL_MS + 1);
    expect(await t.service.getPendingSwitch(page)).toBeNull();
  });

  it('is not filled twice: after a fill, the login page coming back is a failure', async () => {
    const t = setup();
    await t.service.openInstance('stg', 'new');
    await t.service.reportSwitch('filled', undefined, page);
    expect(await t.service.getPendingSwitch(page)).toMatchObject({ shouldFill: false });
    await t.service.reportSwitch('failed', 'login-returned', page);
    expect(await t.service.getPendingSwitch(page)).toBeNull();
    expect(await t.store.get('switch.error')).toMatchObject({ kind: 'switch-failed' });
  });
});

describe('tabOrgId (the production gate: which org is this tab in?)', () => {
  it("is the tab switch's target before the page reports its landing, then the landed org", async () => {
    const t = setup();
    await t.service.openInstance('stg', 'current');
    t.signIn('stg-session');
    await t.service.reportSwitch('landed', undefined, page);
    expect(await t.service.tabOrgId(5)).toBe('stg');

    await t.service.openInstance('prod', 'current');
    // The landing report has not come yet: the store's session is nobody's, but tab 5 is going to prod.
    expect(await t.service.activeOrgId()).toBeNull();
    expect(await t.service.tabOrgId(5)).toBe('prod');
    // Another tab knows only the store's session.
    expect(await t.service.tabOrgId(6)).toBeNull();
    expect(await t.service.tabOrgId(undefined)).toBeNull();

    t.signIn('prod-session');
    await t.service.reportSwitch('landed', undefined, page);
    expect(await t.service.tabOrgId(5)).toBe('prod');
    expect(await t.service.tabOrgId(6)).toBe('prod');
  });

  it("is the running switch's target once it has the tab, before its pending switch is recorded", async () => {
    const store = memorySessionStore();
    let release!: () => void;
    const service = createSwitchService({
      cache: async () => createMemoryCache(null, { group, usage: [] }),
      store,
      pending: createPendingSwitches(store),
      cookies: { read: async () => [], clear: async () => undefined, restore: async () => undefined },
      tabs: { reusable: async () => 5, navigate: async () => undefined, open: async () => 5 },
      afterStep: (step) =>
        step === 'tab' ? new Promise<void>((done) => (release = done)) : Promise.resolve(),
    });
    const switching = service.openInstance('prod', 'current');
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(await service.tabOrgId(5)).toBe('prod');
    release();
    await switching;
  });
});

describe('chooseOrg (the inline chooser)', () => {
  it('gives the org login page a pending switch for the alias, and no other page', async () => {
    const t = setup();
    await t.service.chooseOrg('stg', 5, APP);
    expect(await t.service.getPendingSwitch(page)).toMatchObject({
      loginEmail: 'jane.doe+staging@acme.test',
      shouldFill: true,
    });
    await expect(t.service.chooseOrg('stg', 6, 'http://evil.outreach.localhost:8790')).rejects.toMatchObject({
      kind: 'wrong-origin',
    });
  });
});

it('forgetSessions wipes every jar and pending switch', async () => {
  const t = setup();
  await t.service.openInstance('prod', 'current');
  t.signIn('prod-session');
  await t.service.reportSwitch('landed', undefined, page);
  await t.service.openInstance('stg', 'current');
  expect(Object.keys(t.store.dump())).toContain('switch.jar.prod');
  await t.service.forgetSessions();
  expect(Object.keys(t.store.dump()).filter((key) => key.startsWith('switch.'))).toEqual([]);
});
