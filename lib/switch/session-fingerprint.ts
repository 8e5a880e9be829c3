import type { Cookie } from './cookie-jar';

/** A SHA-256 of the session cookies' names and values: tells one session from another. */
export async function sessionFingerprint(cookies: Cookie[]): Promise<string> {
  const text = cookies
    .map((cookie) => `${cookie.domain}|${cookie.path}|${cookie.name}=${cookie.value}`)
    .sort()
    .join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
