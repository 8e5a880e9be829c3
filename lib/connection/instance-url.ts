/**
 * The instance-URL rule of the design brief: an instance's app and login URLs are `https:` and
 * inside the connection's allowed hosts (`http:` only for `*.localhost`). Checked whenever a URL
 * is parsed, so a hostile directory or import cannot point the extension at `javascript:`, `data:`
 * or a foreign host.
 */

/** Why an instance URL was refused. */
export type InstanceUrlReason = 'invalid-url' | 'bad-scheme' | 'foreign-host' | 'credentials-in-url';

/** Result of {@link checkInstanceUrl}: the normalised URL, or a refusal in plain words. */
export type InstanceUrlResult =
  { ok: true; url: string } | { ok: false; reason: InstanceUrlReason; message: string };

/** Longest piece of input quoted in a message. */
const MAX_SHOWN = 80;

function shown(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

/** Lower-case, IDN → punycode, the way `URL` normalises a host name; `null` when not a host. */
function normaliseHostName(name: string): string | null {
  if (name === '' || /[/?#@:\\\s]/.test(name)) return null;
  try {
    return new URL(`https://${name}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether `host` (a host name, without port) matches `pattern`: an exact host name, or
 * `*.example.com`, which matches any subdomain of `example.com` but neither `example.com` itself
 * nor `evilexample.com`. Both sides are compared lower-case after `URL` normalisation, so
 * Unicode (IDN) names match their punycode form. A host with a trailing dot never matches.
 */
export function hostMatches(host: string, pattern: string): boolean {
  const wildcard = pattern.startsWith('*.');
  const base = normaliseHostName(wildcard ? pattern.slice(2) : pattern);
  const name = normaliseHostName(host);
  if (base === null || name === null || base.includes('*')) return false;
  if (!wildcard) return name === base;
  const suffix = `.${base}`;
  return name.length > suffix.length && name.endsWith(suffix);
}

function isLocalhost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

function refuse(reason: InstanceUrlReason, message: string): InstanceUrlResult {
  return { ok: false, reason, message };
}

/**
 * Check an instance URL against the connection's allowed hosts.
 *
 * Only `https:` is accepted, and `http:` when the host is `localhost` or `*.localhost` (the
 * sandbox); URLs carrying a user name or password are refused. On success `url` is the URL's
 * normalised `href` (lower-case host, IDN in punycode). Never throws.
 */
export function checkInstanceUrl(url: string, allowedHosts: string[]): InstanceUrlResult {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return refuse('invalid-url', `'${shown(url)}' is not a valid URL.`);
  }
  const { protocol, hostname } = parsed;
  if (protocol === 'http:' && !isLocalhost(hostname)) {
    return refuse(
      'bad-scheme',
      `http: URLs are only allowed for localhost; use https:// for ${shown(hostname)}.`,
    );
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    return refuse('bad-scheme', `${shown(protocol)} URLs are not allowed; use https://.`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse('credentials-in-url', 'URLs with a user name or password in them are not allowed.');
  }
  if (!allowedHosts.some((pattern) => hostMatches(hostname, pattern))) {
    const allowed = allowedHosts.length > 0 ? allowedHosts.join(', ') : 'none configured';
    return refuse('foreign-host', `${shown(hostname)} is not one of the allowed hosts (${shown(allowed)}).`);
  }
  return { ok: true, url: parsed.href };
}
