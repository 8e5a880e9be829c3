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

/** A cookie store with the browser's host-only and domain-matching rules, enough for the jar. */
function fakeCookies() {
  const store: Cookie[] = [];
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
    async getAll(filter: { url?: string; domain?: string }) {
      if (filter.url) {
        const { hostname, pathname } = new URL(filter.url);
        return store.filter((cookie) => sentTo(cookie, hostname) && pathname.startsWith(cookie.path));
      }
      const domain = bare(filter.domain ?? '');
      return store.filter(
        (cookie) => bare(cookie.domain) === domain || bare(cookie.domain).endsWith(`.${domain}`),
      );
    },
    async set(details: SetDetails) {
      const { hostname } = new URL(details.url);
      const domain = details.domain ? `.${bare(details.domain)}` : hostname;
      const path = details.path ?? '/';
      drop((cookie) => cookie.domain === domain && cookie.path === path && cookie.name === details.name);
      store.push({
        ...base,
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
    async remove(details: { url: string; name: string }) {
      const { hostname, pathname } = new URL(details.url);
      drop((cookie) => cookie.name === details.name && sentTo(cookie, hostname) && cookie.path === pathname);
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
    const saved = await readSessionCookies('https://app.outreach.io/', api);
    expect(saved.map((cookie) => cookie.name).sort()).toEqual(['org', 'pref', 'sid']);

    await clearSessionCookies('https://app.outreach.io/', api);
    expect(await readSessionCookies('https://app.outreach.io/', api)).toEqual([]);
    expect(cookies.store.map((cookie) => cookie.name)).toEqual(['idp']);

    await restoreSessionCookies({ savedAt: 0, cookies: saved }, 'https://app.outreach.io/', api);
    const restored = await readSessionCookies('https://app.outreach.io/', api);
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
