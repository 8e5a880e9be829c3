/**
 * Provider metadata: OpenID discovery (`/.well-known/openid-configuration`), with RFC 8414
 * (`/.well-known/oauth-authorization-server`) as the fallback, failures told apart, and the answer
 * cached for as long as its `Cache-Control` allows.
 */
import * as oauth from 'oauth4webapi';
import { AuthError, authMessage } from './errors';
import { providerDescription } from './provider-errors';

/** What discovery needs of the connection. */
export interface DiscoveryConfig {
  issuer: string;
  fetch?: typeof globalThis.fetch;
}

/** Without a `Cache-Control` lifetime, metadata is kept this long. */
export const DEFAULT_METADATA_TTL_MS = 5 * 60_000;
/** Never kept longer than this, whatever the server says. */
export const MAX_METADATA_TTL_MS = 24 * 60 * 60_000;

const cache = new Map<string, { as: oauth.AuthorizationServer; until: number }>();

/** Forgets every cached metadata document (tests, and a changed connection). */
export function clearDiscoveryCache(): void {
  cache.clear();
}

/** Plain http is allowed only for loopback `*.localhost` issuers (the sandbox). */
export function isLocalIssuer(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && (hostname === 'localhost' || hostname.endsWith('.localhost'));
}

/** oauth4webapi's request options for a connection: custom fetch, http only for loopback. */
export function requestOptions(config: DiscoveryConfig) {
  return {
    [oauth.allowInsecureRequests]: isLocalIssuer(config.issuer),
    ...(config.fetch ? { [oauth.customFetch]: config.fetch } : {}),
  };
}

/** How long a response may be cached, from `Cache-Control` (`no-store`/`no-cache`: not at all). */
export function cacheLifetimeMs(cacheControl: string | null): number {
  if (cacheControl === null) return DEFAULT_METADATA_TTL_MS;
  if (/(?:^|,)\s*(?:no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!maxAge) return DEFAULT_METADATA_TTL_MS;
  return Math.min(Number(maxAge[1]) * 1000, MAX_METADATA_TTL_MS);
}

async function request(issuer: URL, config: DiscoveryConfig, algorithm: 'oidc' | 'oauth2') {
  try {
    return await oauth.discoveryRequest(issuer, { ...requestOptions(config), algorithm });
  } catch {
    throw new AuthError('provider-down');
  }
}

async function readMetadata(issuer: URL, response: Response): Promise<oauth.AuthorizationServer> {
  try {
    return await oauth.processDiscoveryResponse(issuer, response);
  } catch (error) {
    if (error instanceof oauth.OperationProcessingError && error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
      const said = (error.cause as { body?: { issuer?: unknown } } | undefined)?.body?.issuer;
      throw new AuthError(
        'issuer-mismatch',
        `${authMessage('issuer-mismatch')} Connection says “${issuer.href}”, the server says “${providerDescription(said)}”.`,
      );
    }
    throw new AuthError('discovery-not-openid');
  }
}

function assertUsable(as: oauth.AuthorizationServer): void {
  const needed = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;
  const missing = needed.filter((field) => typeof as[field] !== 'string');
  if (missing.length > 0)
    throw new AuthError(
      'discovery-not-openid',
      `${authMessage('discovery-not-openid')} It lacks ${missing.join(', ')}.`,
    );
}

/**
 * The provider's metadata: OpenID discovery first, RFC 8414 when that is not found. Failures are
 * `provider-down` (unreachable), `provider-error` (5xx), `discovery-not-found` (neither document),
 * `discovery-not-openid` (not metadata, or no authorization, token or JWKS endpoint) and
 * `issuer-mismatch`. Cached per issuer for its `Cache-Control` lifetime.
 */
export async function discover(
  config: DiscoveryConfig,
  now = Date.now(),
): Promise<oauth.AuthorizationServer> {
  const hit = cache.get(config.issuer);
  if (hit && hit.until > now) return hit.as;
  let issuer: URL;
  try {
    issuer = new URL(config.issuer);
  } catch {
    throw new AuthError('discovery-not-openid');
  }
  let response = await request(issuer, config, 'oidc');
  if (response.status >= 400 && response.status < 500) {
    await response.body?.cancel();
    response = await request(issuer, config, 'oauth2');
    if (response.status >= 400 && response.status < 500) throw new AuthError('discovery-not-found');
  }
  if (response.status >= 500) throw new AuthError('provider-error');
  const lifetime = cacheLifetimeMs(response.headers.get('cache-control'));
  const as = await readMetadata(issuer, response);
  assertUsable(as);
  if (lifetime > 0) cache.set(config.issuer, { as, until: now + lifetime });
  return as;
}
