import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheLifetimeMs, clearDiscoveryCache, discover } from '../../../lib/auth/discovery';

type Answer = { status: number; body: string; type?: string; cacheControl?: string };
let close: (() => Promise<void>) | null = null;

/** A loopback server answering each path with the given answer (404 otherwise); counts requests. */
async function serve(answers: (issuer: string) => Record<string, Answer>) {
  const hits: string[] = [];
  let table: Record<string, Answer> = {};
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const answer = table[req.url ?? ''] ?? { status: 404, body: 'not here' };
    res.writeHead(answer.status, {
      'content-type': answer.type ?? 'application/json',
      ...(answer.cacheControl ? { 'cache-control': answer.cacheControl } : {}),
    });
    res.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  table = answers(issuer);
  close = () => new Promise((done) => server.close(() => done()));
  return { issuer, hits };
}

const metadata = (issuer: string) =>
  JSON.stringify({
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
  });

beforeEach(() => clearDiscoveryCache());
afterEach(async () => {
  await close?.();
  close = null;
});

describe('discovery failures are told apart', () => {
  it('unreachable', async () => {
    await expect(discover({ issuer: 'http://localhost:1' })).rejects.toMatchObject({ kind: 'provider-down' });
  });

  it('not found (neither OpenID discovery nor RFC 8414 metadata)', async () => {
    const { issuer, hits } = await serve(() => ({}));
    await expect(discover({ issuer })).rejects.toMatchObject({ kind: 'discovery-not-found' });
    expect(hits).toEqual(['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server']);
  });

  it('not OpenID (a web page answers)', async () => {
    const { issuer } = await serve(() => ({
      '/.well-known/openid-configuration': { status: 200, body: '<h1>Welcome</h1>', type: 'text/html' },
    }));
    await expect(discover({ issuer })).rejects.toMatchObject({ kind: 'discovery-not-openid' });
  });

  it('not OpenID (metadata without a JWKS)', async () => {
    const { issuer } = await serve((at) => ({
      '/.well-known/openid-configuration': {
        status: 200,
        body: JSON.stringify({ issuer: at, authorization_endpoint: `${at}/a`, token_endpoint: `${at}/t` }),
      },
    }));
    await expect(discover({ issuer })).rejects.toMatchObject({
      kind: 'discovery-not-openid',
      message: expect.stringContaining('jwks_uri'),
    });
  });

  it('issuer mismatch names both issuers', async () => {
    const { issuer } = await serve(() => ({
      '/.well-known/openid-configuration': { status: 200, body: metadata('https://login.elsewhere.example') },
    }));
    await expect(discover({ issuer })).rejects.toMatchObject({
      kind: 'issuer-mismatch',
      message: expect.stringContaining('https://login.elsewhere.example'),
    });
  });

  it('a server error', async () => {
    const { issuer } = await serve(() => ({
      '/.well-known/openid-configuration': { status: 502, body: '' },
    }));
    await expect(discover({ issuer })).rejects.toMatchObject({ kind: 'provider-error' });
  });
});

describe('discovery cache', () => {
  it('keeps the metadata for its max-age', async () => {
    const { issuer, hits } = await serve((at) => ({
      '/.well-known/openid-configuration': {
        status: 200,
        body: metadata(at),
        cacheControl: 'public, max-age=60',
      },
    }));
    await discover({ issuer }, 1_000);
    await discover({ issuer }, 59_000);
    expect(hits).toHaveLength(1);
    await discover({ issuer }, 62_000);
    expect(hits).toHaveLength(2);
  });

  it('asks again every time for no-store', async () => {
    const { issuer, hits } = await serve((at) => ({
      '/.well-known/openid-configuration': { status: 200, body: metadata(at), cacheControl: 'no-store' },
    }));
    await discover({ issuer }, 1_000);
    await discover({ issuer }, 1_001);
    expect(hits).toHaveLength(2);
  });

  it.each([
    [null, 300_000],
    ['max-age=120', 120_000],
    ['no-cache', 0],
    ['max-age=999999999', 86_400_000],
  ])('Cache-Control %s → %i ms', (header, ms) => {
    expect(cacheLifetimeMs(header)).toBe(ms);
  });
});
