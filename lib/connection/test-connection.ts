/**
 * "Test connection": what a connection's sign-in server answers, one result per check, in words —
 * reachable, OpenID discovery (RFC 8414 as the fallback), issuer match, PKCE S256, and whether
 * the extension's redirect URI is accepted for the client id (as far as the server lets it be seen).
 */
import type { Translate } from '../options/translate';

export type CheckId = 'reachable' | 'discovery' | 'issuer' | 'pkce' | 'redirect';
export type Outcome = 'pass' | 'fail' | 'warn' | 'skipped';

export interface CheckResult {
  check: CheckId;
  outcome: Outcome;
  message: string;
}

export interface TestInput {
  issuer: string;
  clientId: string;
  redirectUri: string;
  fetch?: typeof globalThis.fetch;
}

type Metadata = Record<string, unknown>;

const WELL_KNOWN = {
  oidc: (issuer: URL) =>
    new URL(`${issuer.pathname.replace(/\/$/, '')}/.well-known/openid-configuration`, issuer),
  oauth2: (issuer: URL) =>
    new URL(`/.well-known/oauth-authorization-server${issuer.pathname.replace(/\/$/, '')}`, issuer),
};

async function getJson(url: URL, doFetch: typeof fetch): Promise<{ status: number; json: Metadata | null }> {
  const response = await doFetch(url, { headers: { accept: 'application/json' } });
  let json: Metadata | null = null;
  try {
    const body: unknown = await response.json();
    json = body && typeof body === 'object' && !Array.isArray(body) ? (body as Metadata) : null;
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

async function fetchMetadata(issuer: URL, doFetch: typeof fetch, t: Translate) {
  const results: CheckResult[] = [];
  let found: Metadata | null = null;
  try {
    const oidc = await getJson(WELL_KNOWN.oidc(issuer), doFetch);
    results.push({ check: 'reachable', outcome: 'pass', message: t('optionsTestReachable', issuer.host) });
    found = oidc.status === 200 ? oidc.json : null;
    if (!found && oidc.status >= 400 && oidc.status < 500) {
      const oauth2 = await getJson(WELL_KNOWN.oauth2(issuer), doFetch);
      found = oauth2.status === 200 ? oauth2.json : null;
    }
    const isOpenId =
      found &&
      ['authorization_endpoint', 'token_endpoint', 'jwks_uri'].every(
        (key) => typeof found![key] === 'string',
      );
    if (!isOpenId) {
      results.push({
        check: 'discovery',
        outcome: 'fail',
        message: t('optionsTestNoDiscovery', String(oidc.status)),
      });
      return { results, metadata: null };
    }
    results.push({ check: 'discovery', outcome: 'pass', message: t('optionsTestDiscovery') });
    return { results, metadata: found };
  } catch {
    results.push({ check: 'reachable', outcome: 'fail', message: t('optionsTestUnreachable', issuer.host) });
    return { results, metadata: null };
  }
}

function issuerCheck(issuer: URL, metadata: Metadata, t: Translate): CheckResult {
  const said = typeof metadata.issuer === 'string' ? metadata.issuer : '';
  let matches = false;
  try {
    matches = new URL(said).href === issuer.href;
  } catch {
    matches = false;
  }
  return matches
    ? { check: 'issuer', outcome: 'pass', message: t('optionsTestIssuer') }
    : {
        check: 'issuer',
        outcome: 'fail',
        message: t('optionsTestIssuerMismatch', [issuer.href, said || '—']),
      };
}

function pkceCheck(metadata: Metadata, t: Translate): CheckResult {
  const methods = metadata.code_challenge_methods_supported;
  if (!Array.isArray(methods))
    return { check: 'pkce', outcome: 'warn', message: t('optionsTestPkceUnknown') };
  return methods.includes('S256')
    ? { check: 'pkce', outcome: 'pass', message: t('optionsTestPkce') }
    : { check: 'pkce', outcome: 'fail', message: t('optionsTestPkceMissing') };
}

/**
 * Asks the authorization endpoint for a code as the extension would. A server that redirects has
 * accepted the client and redirect URI (OAuth 2.0 §4.1.2.1 forbids redirecting to an unregistered
 * one); an error page that names `redirect_uri` or the client says which is wrong.
 */
async function redirectCheck(
  input: TestInput,
  metadata: Metadata,
  doFetch: typeof fetch,
  t: Translate,
): Promise<CheckResult> {
  const endpoint = new URL(String(metadata.authorization_endpoint));
  endpoint.search = new URLSearchParams({
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: 'connection-test',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString();
  try {
    const response = await doFetch(endpoint, { redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return { check: 'redirect', outcome: 'pass', message: t('optionsTestRedirect', input.redirectUri) };
    }
    const body = (await response.text()).slice(0, 20_000);
    if (/redirect_uri/i.test(body))
      return {
        check: 'redirect',
        outcome: 'fail',
        message: t('optionsTestRedirectRefused', input.redirectUri),
      };
    if (/client/i.test(body) && response.status >= 400)
      return { check: 'redirect', outcome: 'fail', message: t('optionsTestClientRefused', input.clientId) };
    return {
      check: 'redirect',
      outcome: 'warn',
      message: t('optionsTestRedirectUnknown', input.redirectUri),
    };
  } catch {
    return {
      check: 'redirect',
      outcome: 'warn',
      message: t('optionsTestRedirectUnknown', input.redirectUri),
    };
  }
}

/** Runs every check in order; a check that depends on a failed one is `skipped`, with words. */
export async function testConnection(input: TestInput, t: Translate): Promise<CheckResult[]> {
  const doFetch = input.fetch ?? globalThis.fetch.bind(globalThis);
  const issuer = new URL(input.issuer);
  const { results, metadata } = await fetchMetadata(issuer, doFetch, t);
  const later: CheckId[] = ['reachable', 'discovery', 'issuer', 'pkce', 'redirect'];
  if (!metadata) {
    const done = new Set(results.map((result) => result.check));
    const skipped = later.filter((check) => !done.has(check));
    return [
      ...results,
      ...skipped.map((check) => ({ check, outcome: 'skipped' as const, message: t('optionsTestSkipped') })),
    ];
  }
  results.push(issuerCheck(issuer, metadata, t), pkceCheck(metadata, t));
  results.push(await redirectCheck(input, metadata, doFetch, t));
  return results;
}
