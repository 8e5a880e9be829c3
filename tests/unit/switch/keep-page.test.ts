import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import type { Cookie, CookieJar } from '../../../lib/switch/cookie-jar';
import { keptPageOfTab } from '../../../lib/switch/kept-page';
import { createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createSwitchService } from '../../../lib/switch/switch-service';
import { APP, group, sessionCookie } from './fixtures';

const page: HandlerContext = { kind: 'content-script', tabId: 5, origin: APP };
const cookie = (value: string) => sessionCookie(value);

/** A switch service whose current Outreach tab is on `kept` (null: nothing to keep). */
function setup(kept: string | null = '/prospects/123?tab=overview') {
  let browserCookies: Cookie[] = [];
  let tabUrl = `${APP}/`;
  const store = memorySessionStore();
  const cache = createMemoryCache(null, { group, usage: [] });
  const navigate = vi.fn(async (_tabId: number, url: string) => void (tabUrl = url));
  const keptPage = vi.fn(async () => kept);
  const service = createSwitchService({
    cache: async () => cache,
    store,
    pending: createPendingSwitches(store),
    cookies: {
      read: async () => browserCookies,
      clear: async () => void (browserCookies = []),
      restore: async (jar: CookieJar) => void (browserCookies = jar.cookies),
    },
    tabs: { reusable: async () => 5, navigate, open: async () => 5, urlOf: async () => tabUrl },
    keptPage,
    run: 'run-1',
  });
  return {
    service,
    store,
    navigate,
    keptPage,
    signIn: (value: string) => void (browserCookies = [cookie(value)]),
    land: async () => {
      await service.reportSwitch('landed', undefined, page);
    },
    /** The app's login landed on its start page (where an alias login ends). */
    atStart: () => void (tabUrl = `${APP}/`),
  };
}

describe('keeping the page (issue 14)', () => {
  it('after an alias login, opens the kept page once the app shows the org, then ends', async () => {
    const t = setup();
    await t.service.openInstance('stg', 'current', { keepPage: true });
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/login`);
    t.atStart();
    await t.land();
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/prospects/123?tab=overview`);
    expect(await t.service.getPendingSwitch(page)).toMatchObject({ isKeptPage: true });
    await t.land();
    expect(t.navigate).toHaveBeenCalledTimes(2);
    expect(await t.service.getPendingSwitch(page)).toBeNull();
  });

  it('a restored session opens the kept page at once; a missing page falls back to the start page', async () => {
    const t = setup();
    await t.service.openInstance('prod', 'current');
    t.signIn('prod-session');
    await t.land();
    await t.service.openInstance('stg', 'current');
    t.signIn('stg-session');
    await t.land();
    t.navigate.mockClear();

    expect(await t.service.openInstance('prod', 'current', { keepPage: true })).toMatchObject({
      restored: true,
    });
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/prospects/123?tab=overview`);
    await t.service.reportSwitch('missing', undefined, page);
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/`);
    // The start page is not a kept page: a "not found" there is nobody's business, it just lands.
    expect(await t.service.getPendingSwitch(page)).toMatchObject({ isKeptPage: false });
    await t.service.reportSwitch('missing', undefined, page);
    expect(t.navigate).toHaveBeenCalledTimes(2);
    await t.land();
    expect(await t.service.getPendingSwitch(page)).toBeNull();
  });

  it('keeps nothing without keepPage (shortcuts), and asks for no page then', async () => {
    const t = setup();
    await t.service.openInstance('stg', 'current');
    expect(t.keptPage).not.toHaveBeenCalled();
    t.atStart();
    await t.land();
    expect(t.navigate).toHaveBeenCalledTimes(1);
    expect(await t.service.getPendingSwitch(page)).toBeNull();
  });

  it('records the kept page in the intent, so a resumed switch still opens it', async () => {
    const t = setup();
    let recorded: unknown;
    const halted = createSwitchService({
      cache: async () => createMemoryCache(null, { group, usage: [] }),
      store: t.store,
      pending: createPendingSwitches(t.store),
      cookies: { read: async () => [], clear: async () => undefined, restore: async () => undefined },
      tabs: { reusable: async () => 5, navigate: t.navigate, open: async () => 5 },
      keptPage: async () => '/sequences',
      run: 'stopped-run',
      afterStep: async (step) => {
        if (step !== 'intent') return;
        recorded = await t.store.get('switch.intent');
        throw new Error('worker stopped');
      },
    });
    await expect(halted.openInstance('stg', 'current', { keepPage: true })).rejects.toThrow();
    expect(recorded).toMatchObject({ orgId: 'stg', keptPage: '/sequences' });
    await t.store.set('switch.intent', recorded);
    await t.service.resumeInterrupted();
    t.atStart();
    await t.land();
    expect(t.navigate).toHaveBeenLastCalledWith(5, `${APP}/sequences`);
  });
});

describe('keptPageOfTab', () => {
  it.each([
    ['an app page of the group', `${APP}/sequences`, [], '/sequences'],
    [
      'a shard host of the profile',
      'https://app1a.outreach.io/prospects/9',
      ['app1a.outreach.io'],
      '/prospects/9',
    ],
    ['a host outside the connection', 'https://evil.example/prospects/9', [], null],
    ['an http page of a shard host', 'http://app1a.outreach.io/prospects/9', ['app1a.outreach.io'], null],
    ['no tab', undefined, [], null],
  ])('%s', (_name, url, hosts, expected) => {
    expect(keptPageOfTab(url, group, hosts)).toBe(expected);
  });
});
