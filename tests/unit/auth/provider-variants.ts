/**
 * Differently configured `oidc-provider` instances on a loopback port, for driving the extension's
 * `lib/auth` code through a whole sign-in with `fetch` (no browser): the login and consent
 * interactions are finished in-process, and the authorization redirect is read from `Location`.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration, JWK } from 'oidc-provider';
import { createProvider, finishConsent } from '../../../sandbox/oidc';

export const CLIENT_ID = 'cross-instance-sign-in';
export const REDIRECT_URI = 'https://ext-id.chromiumapp.org/';
export const SCOPE = 'openid email profile offline_access';

export interface VariantOptions {
  /** Path part of the issuer (`/tenant/a`), mounted like a reverse proxy would. */
  path?: string;
  alg?: 'RS256' | 'ES256';
  /** `true`: refresh tokens for every code; `false`: never. */
  refreshTokens?: boolean;
  /** Email only at userinfo (OpenID Connect Core §5.4), the provider's default. */
  emailAtUserinfoOnly?: boolean;
  /** Claims of the account (default: a verified jane.doe@acme.test). */
  claims?: Record<string, unknown>;
  /** The interaction ends with this error instead of a login. */
  interactionError?: { error: string; error_description?: string };
  /** Serve only RFC 8414 metadata (`/.well-known/oauth-authorization-server`), no OpenID discovery. */
  oauthMetadataOnly?: boolean;
  /** List `offline_access` in `scopes_supported`. */
  offlineAccess?: boolean;
}

function signingKey(alg: 'RS256' | 'ES256'): JWK {
  const { privateKey } =
    alg === 'ES256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `${alg}-key`, use: 'sig', alg } as JWK;
}

export interface RunningVariant {
  issuer: string;
  /** Every path requested, in order. */
  requests: string[];
  close: () => Promise<void>;
  /** Follows an authorization URL through login and consent to the redirect with the code. */
  authorize: (url: string) => Promise<string>;
}

function configuration(options: VariantOptions): Partial<Configuration> {
  const alg = options.alg ?? 'RS256';
  return {
    jwks: { keys: [signingKey(alg)] },
    conformIdTokenClaims: options.emailAtUserinfoOnly ?? false,
    issueRefreshToken: () => options.refreshTokens ?? true,
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        id_token_signed_response_alg: alg,
        scope: SCOPE,
      },
    ],
  };
}

/** Starts one provider variant on `localhost` at a free port. */
export async function startVariant(options: VariantOptions = {}): Promise<RunningVariant> {
  const requests: string[] = [];
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  const path = options.path ?? '';
  const issuer = `http://localhost:${port}${path}`;
  const claims = options.claims ?? { email: 'jane.doe@acme.test', email_verified: true };
  const provider = createProvider({
    issuer,
    brand: 'variant',
    clients: [],
    scopes: options.offlineAccess === false ? ['openid', 'email', 'profile'] : SCOPE.split(' '),
    hintToAccount: (hint) => hint,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...claims }) }),
    extra: configuration(options),
  });
  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '');
    void handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? '/';
    const isInternal = req.headers['x-variant-internal'] === '1';
    if (
      options.oauthMetadataOnly &&
      !isInternal &&
      url.startsWith(`${path}/.well-known/openid-configuration`)
    ) {
      res.statusCode = 404;
      return void res.end();
    }
    if (options.oauthMetadataOnly && url === `/.well-known/oauth-authorization-server${path}`) {
      const metadata = await (
        await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { 'x-variant-internal': '1' } })
      ).json();
      res.setHeader('content-type', 'application/json');
      return void res.end(JSON.stringify(metadata));
    }
    // The sandbox's providers send interactions to `/interaction/…` at the host's root.
    if (url.startsWith('/interaction/')) return interact(req, res);
    if (!url.startsWith(path)) {
      res.statusCode = 404;
      return void res.end();
    }
    // Mounted under a path, as behind a reverse proxy: oidc-provider reads the prefix from originalUrl.
    Object.assign(req, { originalUrl: url });
    req.url = url.slice(path.length) || '/';
    callback(req, res);
  }

  async function interact(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (options.interactionError) {
      return provider.interactionFinished(req, res, options.interactionError, {
        mergeWithLastSubmission: false,
      });
    }
    if (details.prompt.name === 'login') {
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: 'jane' } },
        { mergeWithLastSubmission: false },
      );
    }
    return finishConsent(provider, details, req, res);
  }

  return {
    issuer,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
    authorize: (url) => follow(url),
  };
}

/** Follows redirects by hand with a cookie jar until the browser would land on the redirect URI. */
async function follow(start: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(REDIRECT_URI)) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '') jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), value);
    }
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new Error(`No redirect from ${url} (HTTP ${response.status})`);
    url = new URL(location, url).href;
  }
  throw new Error('Too many redirects');
}
