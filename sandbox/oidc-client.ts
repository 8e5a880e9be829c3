/** The sandbox as an OpenID client (accounts → IdP, app → accounts), built on oauth4webapi. */
import { createHash } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { loopbackFetch } from './net';

/**
 * Firefox's `identity.getRedirectURL()` for an add-on id: `https://<hex SHA-1 of the id>.<domain>/`,
 * the domain being the `extensions.webextensions.identity.redirectDomain` pref (default
 * `extensions.allizom.org`). Derived the way Firefox does it in
 * `toolkit/components/extensions/child/ext-identity.js` (`computeHash`), so the client registration
 * follows the gecko id instead of a pasted value.
 */
export function firefoxRedirectUri(addonId: string, domain = 'extensions.allizom.org'): string {
  const hash = createHash('sha1').update(addonId, 'utf8').digest('hex');
  return `https://${hash}.${domain}/`;
}

/**
 * Firefox gives each install of an add-on a random `moz-extension://<UUID>` origin, so a client of
 * the extension cannot list it: any well-formed one is accepted (a public client with PKCE; the
 * origin is not what keeps it safe).
 */
export function isFirefoxExtensionOrigin(origin: string): boolean {
  return /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(origin);
}

/** oauth4webapi options for calls between the sandbox's own http hosts. */
export const loopbackHttp = {
  [oauth.customFetch]: (url: string, options: oauth.CustomFetchOptions<string, unknown>) =>
    loopbackFetch(url, options as RequestInit),
  [oauth.allowInsecureRequests]: true,
};

export interface PendingAuthorization {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignInResult {
  email: string;
  emailVerified: boolean;
  sub: string;
}

export class OidcClient {
  private metadata?: oauth.AuthorizationServer;
  private readonly client: oauth.Client;

  constructor(
    private readonly issuer: string,
    clientId: string,
    private readonly clientSecret: string,
    private readonly redirectUri: string,
    private readonly scope = 'openid email profile',
  ) {
    this.client = { client_id: clientId };
  }

  /** Discovery, cached after the first success. Throws when the provider is unreachable or down. */
  async authorizationServer(): Promise<oauth.AuthorizationServer> {
    if (!this.metadata) {
      const issuer = new URL(this.issuer);
      const response = await oauth.discoveryRequest(issuer, loopbackHttp);
      this.metadata = await oauth.processDiscoveryResponse(issuer, response);
    }
    return this.metadata;
  }

  /** An authorization URL (code flow, PKCE S256, state, nonce) and what the callback must check. */
  async begin(extra: Record<string, string> = {}): Promise<{ url: string; pending: PendingAuthorization }> {
    const as = await this.authorizationServer();
    if (!as.authorization_endpoint) throw new Error(`${this.issuer} has no authorization endpoint`);
    const pending: PendingAuthorization = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
    };
    const url = new URL(as.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: this.client.client_id,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: this.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      ...extra,
    }).toString();
    return { url: url.href, pending };
  }

  /** Validates the callback, redeems the code server-to-server and returns the ID token's identity. */
  async complete(callback: URLSearchParams, pending: PendingAuthorization): Promise<SignInResult> {
    const as = await this.authorizationServer();
    const params = oauth.validateAuthResponse(as, this.client, callback, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      this.client,
      oauth.ClientSecretBasic(this.clientSecret),
      params,
      this.redirectUri,
      pending.codeVerifier,
      loopbackHttp,
    );
    const result = await oauth.processAuthorizationCodeResponse(as, this.client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    const claims = oauth.getValidatedIdTokenClaims(result);
    if (!claims || typeof claims.email !== 'string') throw new Error('The ID token carries no email');
    return {
      email: claims.email.toLowerCase(),
      emailVerified: claims.email_verified === true,
      sub: claims.sub,
    };
  }
}

/** A short-lived store of pending authorizations keyed by `state`, read once. */
export class PendingStore<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  constructor(private readonly ttlMs = 10 * 60 * 1000) {}

  put(key: string, value: T): void {
    const now = Date.now();
    for (const [k, entry] of this.entries) if (entry.expires < now) this.entries.delete(k);
    this.entries.set(key, { value, expires: now + this.ttlMs });
  }

  take(key: string | null): T | undefined {
    if (!key) return undefined;
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry && entry.expires >= Date.now() ? entry.value : undefined;
  }
}
