import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../../lib/connection/test-connection';
import { translate } from '../options/messages';
import { CLIENT_ID, REDIRECT_URI, startVariant } from '../auth/provider-variants';
import type { RunningVariant } from '../auth/provider-variants';

// A whole sign-in against a real provider: well under a second alone, slower on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });
let running: RunningVariant | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const outcomes = (results: { check: string; outcome: string }[]) =>
  Object.fromEntries(results.map((result) => [result.check, result.outcome]));

describe('Test connection', () => {
  it('a well-configured provider passes every check, one result each', async () => {
    running = await startVariant();
    const results = await testConnection(
      { issuer: running.issuer, clientId: CLIENT_ID, redirectUri: REDIRECT_URI },
      translate,
    );
    expect(outcomes(results)).toEqual({
      reachable: 'pass',
      discovery: 'pass',
      issuer: 'pass',
      pkce: 'pass',
      redirect: 'pass',
    });
  });

  it('an unregistered redirect URI and an unknown client are told apart', async () => {
    running = await startVariant();
    const redirect = await testConnection(
      { issuer: running.issuer, clientId: CLIENT_ID, redirectUri: 'https://other.chromiumapp.org/' },
      translate,
    );
    expect(redirect.at(-1)).toMatchObject({
      outcome: 'fail',
      message: expect.stringContaining('does not accept https://other.chromiumapp.org/'),
    });
    const client = await testConnection(
      { issuer: running.issuer, clientId: 'nobody', redirectUri: REDIRECT_URI },
      translate,
    );
    expect(client.at(-1)).toMatchObject({
      outcome: 'fail',
      message: expect.stringContaining('client id “nobody”'),
    });
  });

  it('a wrong issuer is reported as a mismatch naming both', async () => {
    running = await startVariant();
    const wrong = `${running.issuer}/`;
    const served: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).includes('openid-configuration')) return response;
      const body = { ...(await response.json()), issuer: 'https://login.elsewhere.example' };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const results = await testConnection(
      { issuer: wrong, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, fetch: served },
      translate,
    );
    expect(results.find((result) => result.check === 'issuer')).toMatchObject({
      outcome: 'fail',
      message: expect.stringContaining('https://login.elsewhere.example'),
    });
  });

  it('an unreachable issuer fails the first check and skips the rest', async () => {
    const results = await testConnection(
      { issuer: 'http://localhost:1', clientId: CLIENT_ID, redirectUri: REDIRECT_URI },
      translate,
    );
    expect(outcomes(results)).toEqual({
      reachable: 'fail',
      discovery: 'skipped',
      issuer: 'skipped',
      pkce: 'skipped',
      redirect: 'skipped',
    });
  });

  it('finds RFC 8414 metadata when there is no OpenID discovery', async () => {
    running = await startVariant({ oauthMetadataOnly: true });
    const results = await testConnection(
      { issuer: running.issuer, clientId: CLIENT_ID, redirectUri: REDIRECT_URI },
      translate,
    );
    expect(outcomes(results).discovery).toBe('pass');
  });
});
