/** Helpers for the sandbox's own e2e tests: Node-side calls to its hosts and browser sign-ins. */
import * as oauth from 'oauth4webapi';
import type { BrowserContext, Page } from '@playwright/test';
import { loopbackFetch } from '../../../sandbox/net';
import { loopbackHttp } from '../../../sandbox/oidc-client';
import { EXTENSION_CLIENT_ID, EXTENSION_REDIRECT_URI, EXTENSION_SCOPES } from '../../../sandbox/model';
import { sandboxUrl } from '../support/env';

export const DIRECTORY_PATH = '/cross-instance/v1/instance-group';

/** `fetch` from Node to a sandbox host (`'api.outreach'`), through 127.0.0.1 with the Host header. */
export function hostFetch(host: string, path: string, init: RequestInit = {}): Promise<Response> {
  return loopbackFetch(sandboxUrl(host, path), init);
}

export function directory(accessToken?: string, headers: Record<string, string> = {}): Promise<Response> {
  return hostFetch('api.outreach', DIRECTORY_PATH, {
    headers: { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...headers },
  });
}

/** Counts loads of the IdP's password page (GET /interaction/:uid on idp.localhost) in a page. */
export function countIdpPasswordPages(page: Page): () => number {
  let count = 0;
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (
      url.hostname === 'idp.localhost' &&
      /^\/interaction\/[^/]+$/.test(url.pathname) &&
      response.request().method() === 'GET' &&
      response.status() === 200
    ) {
      count++;
    }
  });
  return () => count;
}

/** Types an email on the app's /login and presses Next. */
export async function submitAppLogin(page: Page, email: string): Promise<void> {
  await page.goto(sandboxUrl('app.outreach', '/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Fills the Acme SSO password page. */
export async function passIdp(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const client: oauth.Client = { client_id: EXTENSION_CLIENT_ID };

export async function accountsServer(): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(sandboxUrl('accounts.outreach', ''));
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, loopbackHttp));
}

/**
 * What the extension does for its root sign-in: code flow with PKCE as the public client, the
 * redirect to chromiumapp.org captured with `context.route`, the code redeemed from Node.
 * `signIn` completes whatever the accounts server shows (the IdP password page, a password page).
 */
export async function extensionSignIn(
  context: BrowserContext,
  page: Page,
  loginHint: string,
  signIn: (page: Page) => Promise<void>,
  extraParams: Record<string, string> = {},
): Promise<oauth.TokenEndpointResponse & { claims: oauth.IDToken }> {
  const as = await accountsServer();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const authorize = new URL(as.authorization_endpoint!);
  authorize.search = new URLSearchParams({
    client_id: EXTENSION_CLIENT_ID,
    redirect_uri: EXTENSION_REDIRECT_URI,
    response_type: 'code',
    scope: EXTENSION_SCOPES,
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    login_hint: loginHint,
    ...extraParams,
  }).toString();

  const redirected = new Promise<URL>((resolve) => {
    void context.route(`${EXTENSION_REDIRECT_URI}**`, async (route) => {
      resolve(new URL(route.request().url()));
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'captured' });
    });
  });
  await page.goto(authorize.href);
  await signIn(page);
  const callback = await redirected;

  const params = oauth.validateAuthResponse(as, client, callback.searchParams, state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    EXTENSION_REDIRECT_URI,
    codeVerifier,
    loopbackHttp,
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce });
  return { ...result, claims: oauth.getValidatedIdTokenClaims(result)! };
}

export async function refresh(refreshToken: string): Promise<Response> {
  const as = await accountsServer();
  return oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, loopbackHttp);
}
