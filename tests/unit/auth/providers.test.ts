/**
 * The extension's `lib/auth` against real, differently configured OpenID providers
 * (`oidc-provider` on loopback), the whole code flow driven with fetch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  authorizationUrl,
  clearDiscoveryCache,
  discover,
  exchangeCode,
  newFlowSecrets,
  refreshTokens,
} from '../../../lib/auth/oidc';
import type { OidcConfig, TokenSet } from '../../../lib/auth/oidc';
import { CLIENT_ID, REDIRECT_URI, SCOPE, startVariant } from './provider-variants';
import type { RunningVariant, VariantOptions } from './provider-variants';

// A whole sign-in against a real provider: well under a second alone, slower on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });
let running: RunningVariant | null = null;
beforeEach(() => clearDiscoveryCache());
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(options: VariantOptions = {}) {
  running = await startVariant(options);
  const config: OidcConfig = {
    issuer: running.issuer,
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    scope: SCOPE,
  };
  return { variant: running, config };
}

async function signIn(options: VariantOptions = {}, overrides: Partial<OidcConfig> = {}) {
  const { variant, config } = await start(options);
  const effective = { ...config, ...overrides };
  const as = await discover(effective);
  const secrets = newFlowSecrets();
  const url = await authorizationUrl(as, effective, secrets);
  const redirected = await variant.authorize(url);
  return { variant, config: effective, as, secrets, url, redirected };
}

async function signedIn(options: VariantOptions = {}, overrides: Partial<OidcConfig> = {}) {
  const flow = await signIn(options, overrides);
  const tokens = await exchangeCode(flow.as, flow.config, flow.redirected, flow.secrets);
  return { ...flow, tokens };
}

describe('sign-in with differently configured providers', () => {
  it.each([
    ['RS256', { alg: 'RS256' }],
    ['ES256', { alg: 'ES256' }],
    ['an issuer with a path', { path: '/tenants/acme' }],
    ['RFC 8414 metadata only', { oauthMetadataOnly: true }],
  ] as const)('%s: signs in and refreshes', async (_name, options) => {
    const { as, config, tokens } = await signedIn(options);
    expect(tokens).toMatchObject({ email: 'jane.doe@acme.test', subject: 'jane' });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    const next = await refreshTokens(as, config, tokens);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.subject).toBe('jane');
  });

  it('a provider without refresh tokens still signs in', async () => {
    const { tokens } = await signedIn({ refreshTokens: false });
    expect(tokens).toMatchObject({ email: 'jane.doe@acme.test', refreshToken: null });
  });

  it('takes the email from userinfo when the ID token has none', async () => {
    const { tokens, variant } = await signedIn({ emailAtUserinfoOnly: true });
    expect(tokens.email).toBe('jane.doe@acme.test');
    expect(variant.requests.some((path) => path.startsWith('/me'))).toBe(true);
  });

  it.each([
    ['missing', { email: 'jane.doe@acme.test' }],
    ['false', { email: 'jane.doe@acme.test', email_verified: false }],
  ])('refuses an email whose email_verified is %s', async (_name, claims) => {
    const flow = await signIn({ claims });
    await expect(exchangeCode(flow.as, flow.config, flow.redirected, flow.secrets)).rejects.toMatchObject({
      kind: 'email-unverified',
    });
  });

  it('says so when neither the ID token nor userinfo names an email', async () => {
    const flow = await signIn({ claims: { name: 'Jane' }, emailAtUserinfoOnly: true });
    await expect(exchangeCode(flow.as, flow.config, flow.redirected, flow.secrets)).rejects.toMatchObject({
      kind: 'no-email',
    });
  });

  it('asks prompt=consent for offline_access, and not once a refresh token was granted', async () => {
    const { config } = await start();
    const as = await discover(config);
    const first = new URL(await authorizationUrl(as, config, newFlowSecrets()));
    const later = new URL(await authorizationUrl(as, config, newFlowSecrets(), { hasOfflineGrant: true }));
    expect(first.searchParams.get('prompt')).toBe('consent');
    expect(later.searchParams.get('prompt')).toBeNull();
  });

  it('drops offline_access and the consent prompt where the provider does not offer it', async () => {
    const { config } = await start({ offlineAccess: false });
    const url = new URL(await authorizationUrl(await discover(config), config, newFlowSecrets()));
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('prompt')).toBeNull();
  });
});

describe('error answers', () => {
  it.each([
    ['access_denied', 'access-denied'],
    ['consent_required', 'authorization-error'],
    ['temporarily_unavailable', 'temporarily-unavailable'],
  ])('an authorization error %s is reported by its code with the description', async (error, kind) => {
    const flow = await signIn({
      interactionError: { error, error_description: 'Jane may not use this app' },
    });
    const refused = exchangeCode(flow.as, flow.config, flow.redirected, flow.secrets);
    await expect(refused).rejects.toMatchObject({
      kind,
      message: expect.stringContaining('Jane may not use this app'),
    });
  });

  it('a used code is invalid_grant', async () => {
    const flow = await signedIn();
    await expect(exchangeCode(flow.as, flow.config, flow.redirected, flow.secrets)).rejects.toMatchObject({
      kind: 'invalid-grant',
    });
  });

  it('a client the token endpoint does not know is invalid_client', async () => {
    const flow = await signIn();
    const wrong = { ...flow.config, clientId: 'someone-else' };
    await expect(exchangeCode(flow.as, wrong, flow.redirected, flow.secrets)).rejects.toMatchObject({
      kind: 'invalid-client',
    });
  });

  it('an unknown token_type is named', async () => {
    const flow = await signIn();
    const fetchMac: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/token')) return response;
      const body = { ...(await response.json()), token_type: 'MAC' };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const refused = exchangeCode(flow.as, { ...flow.config, fetch: fetchMac }, flow.redirected, flow.secrets);
    await expect(refused).rejects.toMatchObject({
      kind: 'unsupported-token-type',
      message: expect.stringContaining('mac'),
    });
  });

  it('a refreshed ID token for another subject is refused', async () => {
    const { as, config, tokens } = await signedIn();
    const other: TokenSet = { ...tokens, subject: 'someone-else' };
    await expect(refreshTokens(as, config, other)).rejects.toMatchObject({ kind: 'subject-changed' });
  });

  it.each([
    [503, '<h1>down</h1>', 'text/html', 'provider-error'],
    [400, '{"error":"temporarily_unavailable"}', 'application/json', 'temporarily-unavailable'],
  ])('a refresh answered %i is transient (%s)', async (status, body, type, kind) => {
    const { as, config, tokens } = await signedIn();
    const failing: typeof fetch = async () =>
      new Response(body, { status, headers: { 'content-type': type } });
    await expect(refreshTokens(as, { ...config, fetch: failing }, tokens)).rejects.toMatchObject({ kind });
  });

  it('an unreachable token endpoint is provider-down', async () => {
    const { as, config, tokens } = await signedIn();
    const offline: typeof fetch = async () => Promise.reject(new TypeError('fetch failed'));
    await expect(refreshTokens(as, { ...config, fetch: offline }, tokens)).rejects.toMatchObject({
      kind: 'provider-down',
    });
  });
});
