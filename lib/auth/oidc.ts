import * as oauth from 'oauth4webapi';
import { AuthError } from './errors';

/** What the extension keeps after a sign-in or refresh (only ever in `storage.session`). */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Access-token expiry, ms since epoch. */
  expiresAt: number;
  /** The verified `email` claim of the ID token. */
  email: string;
  subject: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  fetch?: typeof globalThis.fetch;
  /** The root email, when known: sent as `login_hint` so the sign-in page need not ask again. */
  loginHint?: string;
}

export const SCOPE = 'openid email profile offline_access cross_instance:read';

/** Plain http is allowed only for loopback `*.localhost` issuers (the sandbox). */
export function isLocalIssuer(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && (hostname === 'localhost' || hostname.endsWith('.localhost'));
}

function requestOptions(config: OidcConfig) {
  return {
    [oauth.allowInsecureRequests]: isLocalIssuer(config.issuer),
    ...(config.fetch ? { [oauth.customFetch]: config.fetch } : {}),
  };
}

function client(config: OidcConfig): oauth.Client {
  return { client_id: config.clientId, token_endpoint_auth_method: 'none' };
}

/** OpenID discovery of the issuer; failures become `provider-down`. */
export async function discover(config: OidcConfig): Promise<oauth.AuthorizationServer> {
  try {
    const issuer = new URL(config.issuer);
    const response = await oauth.discoveryRequest(issuer, { ...requestOptions(config), algorithm: 'oidc' });
    return await oauth.processDiscoveryResponse(issuer, response);
  } catch {
    throw new AuthError('provider-down');
  }
}

/** The secrets of one authorization request; kept in `storage.session` until the code comes back. */
export interface FlowSecrets {
  verifier: string;
  state: string;
  nonce: string;
}

export function newFlowSecrets(): FlowSecrets {
  return {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  };
}

/** The authorization URL for a code flow with PKCE S256, `state` and `nonce`. */
export async function authorizationUrl(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  secrets: FlowSecrets,
): Promise<string> {
  if (!as.authorization_endpoint) throw new AuthError('provider-down');
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: 'code',
    scope: config.scope,
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(secrets.verifier),
    code_challenge_method: 'S256',
    prompt: 'consent',
    ...(config.loginHint ? { login_hint: config.loginHint } : {}),
  }).toString();
  return url.href;
}

/**
 * Checks the redirect (state, error), exchanges the code with the PKCE verifier, and validates the
 * ID token: issuer, audience, expiry and nonce (oauth4webapi) and its signature against the JWKS.
 */
export async function exchangeCode(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  redirectedTo: string,
  secrets: FlowSecrets,
  now = Date.now(),
): Promise<TokenSet> {
  if (!redirectedTo.startsWith(config.redirectUri)) throw new AuthError('wrong-redirect');
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client(config), new URL(redirectedTo), secrets.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied') {
      throw new AuthError('access-denied');
    }
    throw new AuthError('state-mismatch');
  }
  const response = await guardNetwork(() =>
    oauth.authorizationCodeGrantRequest(
      as,
      client(config),
      oauth.None(),
      params,
      config.redirectUri,
      secrets.verifier,
      requestOptions(config),
    ),
  );
  return tokenSetFrom(as, config, response, now, secrets.nonce);
}

/** Uses a refresh token; the server rotates it, so the returned set carries the new one. */
export async function refreshTokens(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  previous: TokenSet,
  now = Date.now(),
): Promise<TokenSet> {
  if (!previous.refreshToken) throw new AuthError('refresh-failed');
  const refreshToken = previous.refreshToken;
  const response = await guardNetwork(() =>
    oauth.refreshTokenGrantRequest(as, client(config), oauth.None(), refreshToken, requestOptions(config)),
  );
  const next = await tokenSetFrom(as, config, response, now, null);
  return {
    ...next,
    refreshToken: next.refreshToken ?? refreshToken,
    email: previous.email,
    subject: previous.subject,
  };
}

/** Revokes a token where the provider supports it; failures are ignored (sign-out goes on). */
export async function revokeToken(as: oauth.AuthorizationServer, config: OidcConfig, token: string) {
  if (!as.revocation_endpoint) return;
  try {
    const response = await oauth.revocationRequest(
      as,
      client(config),
      oauth.None(),
      token,
      requestOptions(config),
    );
    await oauth.processRevocationResponse(response);
  } catch {
    // The local session is cleared regardless; the token then simply expires.
  }
}

async function guardNetwork(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch {
    throw new AuthError('provider-down');
  }
}

async function tokenSetFrom(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  response: Response,
  now: number,
  nonce: string | null,
): Promise<TokenSet> {
  let result: oauth.TokenEndpointResponse;
  try {
    result =
      nonce === null
        ? await oauth.processRefreshTokenResponse(as, client(config), response)
        : await oauth.processAuthorizationCodeResponse(as, client(config), response, {
            expectedNonce: nonce,
            requireIdToken: true,
          });
    if (result.id_token) await oauth.validateApplicationLevelSignature(as, response, requestOptions(config));
  } catch (error) {
    if (nonce === null) throw new AuthError('refresh-failed');
    throw new AuthError('invalid-token', invalidTokenMessage(error));
  }
  const claims = oauth.getValidatedIdTokenClaims(result);
  const email = typeof claims?.email === 'string' ? claims.email : null;
  if (nonce !== null && (!email || claims?.email_verified === false)) throw new AuthError('not-root-email');
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? null,
    expiresAt: now + (result.expires_in ?? 300) * 1000,
    email: email ?? '',
    subject: claims?.sub ?? '',
  };
}

function invalidTokenMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  return `The sign-in server sent an identity that could not be verified${detail ? ` (${detail})` : ''}. Try again.`;
}
