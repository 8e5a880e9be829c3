import * as oauth from 'oauth4webapi';
import { requestOptions } from './discovery';
import { AuthError } from './errors';
import { resolveIdentity } from './identity';
import { authorizationError, tokenEndpointError } from './provider-errors';

export { clearDiscoveryCache, discover, isLocalIssuer } from './discovery';

/** What the extension keeps after a sign-in or refresh (only ever in `storage.session`). */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Access-token expiry, ms since epoch. */
  expiresAt: number;
  /** The verified email (ID token, else userinfo; see `lib/auth/identity.ts`). */
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
const OFFLINE = 'offline_access';

function client(config: OidcConfig): oauth.Client {
  return { client_id: config.clientId, token_endpoint_auth_method: 'none' };
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

/** The scope to ask for: `offline_access` only where the provider lists it (when it lists any). */
export function scopeFor(as: oauth.AuthorizationServer, scope: string): string {
  const supported = as.scopes_supported;
  if (!supported) return scope;
  return scope
    .split(' ')
    .filter((item) => item !== OFFLINE || supported.includes(OFFLINE))
    .join(' ');
}

export interface AuthorizationOptions {
  /** A refresh token was already granted to this client here (the consent is on record). */
  hasOfflineGrant?: boolean;
}

/**
 * The authorization URL for a code flow with PKCE S256, `state` and `nonce`. `prompt=consent` is
 * sent only when it is needed: `offline_access` is asked for (OpenID Connect Core §11 requires the
 * consent prompt for it) and no refresh token was granted to this client before.
 */
export async function authorizationUrl(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  secrets: FlowSecrets,
  options: AuthorizationOptions = {},
): Promise<string> {
  if (!as.authorization_endpoint) throw new AuthError('discovery-not-openid');
  const scope = scopeFor(as, config.scope);
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: 'code',
    scope,
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(secrets.verifier),
    code_challenge_method: 'S256',
    ...(scope.split(' ').includes(OFFLINE) && !options.hasOfflineGrant ? { prompt: 'consent' } : {}),
    ...(config.loginHint ? { login_hint: config.loginHint } : {}),
  }).toString();
  return url.href;
}

function validateRedirect(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  redirectedTo: string,
  state: string,
) {
  if (!redirectedTo.startsWith(config.redirectUri)) throw new AuthError('wrong-redirect');
  try {
    return oauth.validateAuthResponse(as, client(config), new URL(redirectedTo), state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError)
      throw authorizationError(error.error, error.error_description);
    throw new AuthError('state-mismatch');
  }
}

/**
 * Checks the redirect (state, error by code), exchanges the code with the PKCE verifier, validates
 * the ID token (issuer, audience, expiry, nonce and signature, through oauth4webapi) and resolves
 * the verified email (ID token, else userinfo).
 */
export async function exchangeCode(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  redirectedTo: string,
  secrets: FlowSecrets,
  now = Date.now(),
): Promise<TokenSet> {
  const params = validateRedirect(as, config, redirectedTo, secrets.state);
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
  const result = await processTokens(as, config, response, secrets.nonce);
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!claims) throw new AuthError('invalid-token');
  const identity = await resolveIdentity(as, client(config), config, claims, result.access_token);
  return { ...tokenFields(result, now), ...identity };
}

/**
 * Uses a refresh token; the server may rotate it, so the returned set carries the new one. A new
 * ID token must name the same `sub` (OpenID Connect Core §12.2), else `subject-changed`.
 */
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
  const result = await processTokens(as, config, response, null);
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (claims && claims.sub !== previous.subject) throw new AuthError('subject-changed');
  const next = tokenFields(result, now);
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

async function processTokens(
  as: oauth.AuthorizationServer,
  config: OidcConfig,
  response: Response,
  nonce: string | null,
): Promise<oauth.TokenEndpointResponse> {
  try {
    const result =
      nonce === null
        ? await oauth.processRefreshTokenResponse(as, client(config), response)
        : await oauth.processAuthorizationCodeResponse(as, client(config), response, {
            expectedNonce: nonce,
            requireIdToken: true,
          });
    if (result.id_token) await oauth.validateApplicationLevelSignature(as, response, requestOptions(config));
    return result;
  } catch (error) {
    throw tokenEndpointError(error);
  }
}

function tokenFields(result: oauth.TokenEndpointResponse, now: number) {
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? null,
    expiresAt: now + (result.expires_in ?? 300) * 1000,
  };
}
