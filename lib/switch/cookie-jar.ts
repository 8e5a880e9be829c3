import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';

type CookiesApi = (typeof browser)['cookies'];
export type Cookie = Browser.cookies.Cookie;
export type SetDetails = Browser.cookies.SetDetails;

/** One org's saved Outreach session: credentials, so it lives in `storage.session` only. */
export interface CookieJar {
  savedAt: number;
  cookies: Cookie[];
}

/** A saved session is used for an instant switch only while it is this young. */
export const JAR_MAX_AGE_MS = 12 * 60 * 60_000;

/** The URL `cookies.set` and `cookies.remove` need for a cookie, on the app's scheme. */
export function cookieUrl(cookie: Pick<Cookie, 'domain' | 'path'>, scheme: string): string {
  const host = cookie.domain.replace(/^\./, '');
  return `${scheme}//${host}${cookie.path || '/'}`;
}

/**
 * The `cookies.set` details that recreate a cookie exactly: host-only cookies get no `domain`
 * (so `__Host-` cookies stay valid), session cookies no `expirationDate`, and SameSite, Secure,
 * HttpOnly, store and partition are kept.
 */
export function toSetDetails(cookie: Cookie, scheme: string): SetDetails {
  const details: SetDetails = {
    url: cookieUrl(cookie, scheme),
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    storeId: cookie.storeId,
  };
  if (!cookie.hostOnly) details.domain = cookie.domain;
  if (!cookie.session && cookie.expirationDate !== undefined) details.expirationDate = cookie.expirationDate;
  if (cookie.partitionKey) details.partitionKey = cookie.partitionKey;
  return details;
}

/** Whether a saved session can still be restored (young enough, nothing expired). */
export function isJarUsable(jar: CookieJar | undefined, now: number): jar is CookieJar {
  if (!jar || jar.cookies.length === 0 || now - jar.savedAt > JAR_MAX_AGE_MS) return false;
  return jar.cookies.every((cookie) => cookie.session || (cookie.expirationDate ?? Infinity) * 1000 > now);
}

/**
 * The `storeId` part of every `cookies.*` call: the tab's cookie store (a Firefox container, or
 * the default store). Without one (Chrome's tabs carry none) the browser's default store is used.
 */
const inStore = (storeId: string | undefined) => (storeId === undefined ? {} : { storeId });

function uniqueCookies(cookies: Cookie[]): Cookie[] {
  const seen = new Map<string, Cookie>();
  for (const cookie of cookies)
    seen.set(`${cookie.storeId}|${cookie.domain}|${cookie.path}|${cookie.name}`, cookie);
  return [...seen.values()];
}

/**
 * The cookies that keep a cookie store signed in to the app: those sent to the app's URL (host-only
 * and parent-domain cookies) plus any on the app host with another path. The identity provider's
 * cookies live on other hosts and are never included.
 */
export async function readSessionCookies(
  appUrl: string,
  storeId?: string,
  cookies: CookiesApi = browser.cookies,
): Promise<Cookie[]> {
  const { hostname, origin } = new URL(appUrl);
  const [sent, onHost] = await Promise.all([
    cookies.getAll({ url: `${origin}/`, ...inStore(storeId) }),
    cookies.getAll({ domain: hostname, ...inStore(storeId) }),
  ]);
  return uniqueCookies([
    ...sent,
    ...onHost.filter((cookie) => cookie.domain.replace(/^\./, '') === hostname),
  ]);
}

/** Signs a cookie store out of the app locally by removing its session cookies. */
export async function clearSessionCookies(
  appUrl: string,
  storeId?: string,
  cookies: CookiesApi = browser.cookies,
): Promise<void> {
  const scheme = new URL(appUrl).protocol;
  const current = await readSessionCookies(appUrl, storeId, cookies);
  await Promise.all(
    current.map((cookie) =>
      cookies.remove({ url: cookieUrl(cookie, scheme), name: cookie.name, storeId: cookie.storeId }),
    ),
  );
}

/** Puts a saved session back, into the given cookie store (else the store it was saved from). */
export async function restoreSessionCookies(
  jar: CookieJar,
  appUrl: string,
  storeId?: string,
  cookies: CookiesApi = browser.cookies,
): Promise<void> {
  const scheme = new URL(appUrl).protocol;
  await Promise.all(
    jar.cookies.map((cookie) => cookies.set({ ...toSetDetails(cookie, scheme), ...inStore(storeId) })),
  );
}
