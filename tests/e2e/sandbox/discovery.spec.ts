import { expect, sandboxTest as test } from '../fixtures';
import { hostFetch } from './support';

for (const host of ['accounts.outreach', 'idp']) {
  test(`${host}: discovery and JWKS are served and consistent`, async ({ sandbox }) => {
    const origin = sandbox.url(host, '').replace(/\/$/, '');
    const response = await hostFetch(host, '/.well-known/openid-configuration');
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.issuer).toBe(origin);
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint']) {
      expect(new URL(String(metadata[endpoint])).origin).toBe(origin);
    }
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.response_types_supported).toEqual(['code']);
    if (host === 'accounts.outreach') {
      expect(new URL(String(metadata.revocation_endpoint)).origin).toBe(origin);
      expect(metadata.scopes_supported).toEqual(
        expect.arrayContaining(['openid', 'email', 'profile', 'offline_access', 'cross_instance:read']),
      );
    }

    const jwks = (await (await hostFetch(host, new URL(String(metadata.jwks_uri)).pathname)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'RSA', kid: expect.any(String), n: expect.any(String), e: 'AQAB' });
      expect(key).not.toHaveProperty('d');
    }
  });
}

test('health answers on any host, including a bare 127.0.0.1', async () => {
  const bare = await fetch(`http://127.0.0.1:${process.env.E2E_SANDBOX_PORT}/__sandbox/health`);
  expect(bare.status).toBe(200);
  expect(await bare.json()).toEqual({ ok: true });
  expect((await hostFetch('idp', '/__sandbox/health')).status).toBe(200);
});
