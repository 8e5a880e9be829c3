import { describe, expect, it } from 'vitest';
import {
  JAR_MAX_AGE_MS,
  clearSessionCookies,
  cookieUrl,
  isJarUsable,
  readSessionCookies,
  restoreSessionCookies,
  toSetDetails,
} from '../../../lib/switch/cookie-jar';
import type { Cookie, SetDetails } from '../../../lib/switch/cookie-jar';

const base: Cookie = {
  name: 'outreach_session',
  value: 'v',
  domain: 'app.outreach.io',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  storeId: '0',
};

describe('toSetDetails', () => {
  it.each<[string, Partial<Cookie>, Partial<SetDetails>, string[]]>([
    [
      'a host-only session cookie',
      {},
      { url: 'https://app.outreach.io/', secure: true },
      ['domain', 'expirationDate'],
    ],
    [
      'a domain cookie',
      { name: 'outreach_org', domain: '.outreach.io', hostOnly: false, httpOnly: false },
      { url: 'https://outreach.io/', domain: '.outreach.io', httpOnly: false },
      ['expirationDate'],
    ],
    [
      'a __Host- cookie (no domain, path /, secure)',
      { name: '__Host-sid' },
      { name: '__Host-sid', path: '/', secure: true },
      ['domain'],
    ],
    [
      'a __Secure- persistent cookie on a path',
      { name: '__Secure-pref', path: '/admin', session: false, expirationDate: 2_000_000_000 },
      { url: 'https://app.outreach.io/admin', path: '/admin', expirationDate: 2_000_000_000, secure: true },
      ['domain'],
    ],
    ['a SameSite=None cookie', { sameSite: 'no_restriction' }, { sameSite: 'no_restriction' }, []],
    [
      'a SameSite=Strict, not Secure cookie',
      { sameSite: 'strict', secure: false },
      { sameSite: 'strict', secure: false },
      [],
    ],
    [
      'a partitioned cookie',
      { partitionKey: { topLevelSite: 'https://outreach.io' } },
      { partitionKey: { topLevelSite: 'https://outreach.io' } },
      [],
    ],
  ])('recreates %s exactly', (_name, patch, expected, absent) => {
    const details = toSetDetails({ ...base, ...patch }, 'https:');
    expect(details).toMatchObject({ name: patch.name ?? base.name, value: 'v', storeId: '0', ...expected });
    for (const key of absent) expect(details).not.toHaveProperty(key);
  });

  it('builds the URL on the app scheme without the leading dot', () => {
    expect(cookieUrl({ domain: '.outreach.localhost', path: '/' }, 'http:')).toBe(
      'http://outreach.localhost/',
    );
  });
});

describe('isJarUsable', () => {
  const now = 1_800_000_000_000;
  it.each<[string, Parameters<typeof isJarUsable>[0], boolean]>([
    ['a fresh jar of session cookies', { savedAt: now - 1000, cookies: [base] }, true],
    ['no jar', undefined, false],
    ['an empty jar', { savedAt: now, cookies: [] }, false],
    ['a jar older than its limit', { savedAt: now - JAR_MAX_AGE_MS - 1, cookies: [base] }, false],
    [
      'a jar with an expired persistent cookie',
      { savedAt: now, cookies: [{ ...base, session: false, expirationDate: now / 1000 - 1 }] },
      false,
    ],
    [
      'a jar with a live persistent cookie',
      { savedAt: now, cookies: [{ ...base, session: false, expirationDate: now / 1000 + 60 }] },
      true,
    ],
  ])('%s', (_name, jar, usable) => {
    expect(isJarUsable(jar, now)).toBe(usable);
  });
});

const DEFAULT_STORE = 'firefox-default';

/**
 * The browser's cookie stores (the default one and Firefox containers) with host-only and
 * domain-matching rules, enough for the jar. Every call is recorded with the store it named.
 */
function fakeCookies() {
  const store: Cookie[] = [];
  const calls: { method: string; storeId: string | undefined }[] = [];
  const inStore = (details: { storeId?: string }) => (cookie: Cookie) =>
    cookie.storeId === (details.storeId ?? DEFAULT_STORE);
  const bare = (domain: string) => domain.replace(/^\./, '');
  const sentTo = (cookie: Cookie, host: string) =>
    cookie.hostOnly
      ? cookie.domain === host
      : host === bare(cookie.domain) || host.endsWith(`.${bare(cookie.domain)}`);
  const drop = (match: (cookie: Cookie) => boolean) => {
    for (let i = store.length - 1; i >= 0; i--) if (match(store[i]!)) store.splice(i, 1);
  };
  return {
    store,
    calls,
    async getAll(filter: { url?: string; domain?: string; storeId?: string }) {
      calls.push({ method: 'getAll', storeId: filter.storeId });
      const mine = store.filter(inStore(filter));
      if (filter.url) {
        const { hostname, pathname } = new URL(filter.url);
        return mine.filter((cookie) => sentTo(cookie, hostname) && pathname.startsWith(cookie.path));
      }
      const domain = bare(filter.domain ?? '');
      return mine.filter(
        (cookie) => bare(cookie.domain) === domain || bare(cookie.domain).endsWith(`.${domain}`),
      );
    },
    async set(details: SetDetails) {
      calls.push({ method: 'set', storeId: details.storeId });
      const { hostname } = new URL(details.url);
      const domain = details.domain ? `.${bare(details.domain)}` : hostname;
      const path = details.path ?? '/';
      const isSame = inStore(details);
      drop(
        (cookie) =>
          isSame(cookie) && cookie.domain === domain && cookie.path === path && cookie.name === details.name,
      );
      store.push({
        ...base,
        storeId: details.storeId ?? DEFAULT_STORE,
        name: details.name ?? '',
        value: details.value ?? '',
        domain,
        hostOnly: !details.domain,
        path,
        secure: details.secure ?? false,
        httpOnly: details.httpOnly ?? false,
        sameSite: details.sameSite ?? 'unspecified',
        session: details.expirationDate === undefined,
        ...(details.expirationDate === undefined ? {} : { expirationDate: details.expirationDate }),
      });
      return store.at(-1);
    },
    async remove(details: { url: string; name: string; storeId?: string }) {
      calls.push({ method: 'remove', storeId: details.storeId });
      const { hostname, pathname } = new URL(details.url);
      const isSame = inStore(details);
      drop(
        (cookie) =>
          isSame(cookie) &&
          cookie.name === details.name &&
          sentTo(cookie, hostname) &&
          cookie.path === pathname,
      );
      return details;
    },
  };
}

describe('save, clear and restore through the cookies API', () => {
  it('round-trips host-only and domain cookies of the app, and never touches other hosts', async () => {
    const cookies = fakeCookies();
    const api = cookies as never;
    await cookies.set({
      url: 'https://app.outreach.io/',
      name: 'sid',
      value: '1',
      httpOnly: true,
      secure: true,
    });
    await cookies.set({ url: 'https://app.outreach.io/', name: 'org', value: 'o1', domain: 'outreach.io' });
    await cookies.set({
      url: 'https://app.outreach.io/admin',
      name: 'pref',
      value: 'p',
      path: '/admin',
      expirationDate: 2e9,
    });
    await cookies.set({ url: 'https://idp.example.com/', name: 'idp', value: 'keep' });
    const saved = await readSessionCookies('https://app.outreach.io/', undefined, api);
    expect(saved.map((cookie) => cookie.name).sort()).toEqual(['org', 'pref', 'sid']);

    await clearSessionCookies('https://app.outreach.io/', undefined, api);
    expect(await readSessionCookies('https://app.outreach.io/', undefined, api)).toEqual([]);
    expect(cookies.store.map((cookie) => cookie.name)).toEqual(['idp']);

    await restoreSessionCookies({ savedAt: 0, cookies: saved }, 'https://app.outreach.io/', undefined, api);
    const restored = await readSessionCookies('https://app.outreach.io/', undefined, api);
    const shape = (list: Cookie[]) =>
      list
        .map(({ name, value, domain, hostOnly, path, secure, httpOnly, session }) => ({
          name,
          value,
          domain,
          hostOnly,
          path,
          secure,
          httpOnly,
          session,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    expect(shape(restored)).toEqual(shape(saved));
  });
});

describe('cookie stores (Firefox containers)', () => {
  const APP = 'https://app.outreach.io/';
  const CONTAINER = 'firefox-container-7';

  async function twoStores() {
    const cookies = fakeCookies();
    await cookies.set({ url: APP, name: 'sid', value: 'default-org' });
    await cookies.set({ url: APP, name: 'sid', value: 'container-org', storeId: CONTAINER });
    await cookies.set({ url: 'https://idp.example.com/', name: 'idp', value: 'keep', storeId: CONTAINER });
    cookies.calls.length = 0;
    return cookies;
  }

  it('reads only the named store, and every call names it', async () => {
    const cookies = await twoStores();
    const inContainer = await readSessionCookies(APP, CONTAINER, cookies as never);
    expect(inContainer.map((cookie) => cookie.value)).toEqual(['container-org']);
    expect(cookies.calls.every((call) => call.storeId === CONTAINER)).toBe(true);
    const inDefault = await readSessionCookies(APP, DEFAULT_STORE, cookies as never);
    expect(inDefault.map((cookie) => cookie.value)).toEqual(['default-org']);
  });

  it("clears a container's session and leaves the default store's (and the IdP's) alone", async () => {
    const cookies = await twoStores();
    await clearSessionCookies(APP, CONTAINER, cookies as never);
    expect(cookies.store.map((cookie) => `${cookie.storeId}:${cookie.value}`).sort()).toEqual([
      `${CONTAINER}:keep`,
      `${DEFAULT_STORE}:default-org`,
    ]);
    expect(cookies.calls.every((call) => call.storeId === CONTAINER)).toBe(true);
  });

  it('restores a jar into the store it is asked for, not the one it was read from', async () => {
    const cookies = await twoStores();
    const jar = { savedAt: 0, cookies: await readSessionCookies(APP, DEFAULT_STORE, cookies as never) };
    await clearSessionCookies(APP, CONTAINER, cookies as never);
    cookies.calls.length = 0;
    await restoreSessionCookies(jar, APP, CONTAINER, cookies as never);
    expect(cookies.calls).toEqual([{ method: 'set', storeId: CONTAINER }]);
    const restored = await readSessionCookies(APP, CONTAINER, cookies as never);
    expect(restored.map((cookie) => cookie.value)).toEqual(['default-org']);
  });
});
