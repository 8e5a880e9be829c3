/**
 * Outreach's authorization server at accounts.outreach.localhost (oidc-provider). Its login
 * interaction takes an email; SSO domains go to the IdP (this server is then an OIDC client of
 * the IdP), others get a password page. Cross-instance rule: a `+` alias login is authenticated
 * by the IdP identity of its root.
 */
import type Provider from 'oidc-provider';
import {
  APP_CLIENT_ID,
  ACCOUNTS_AT_IDP_CLIENT_ID,
  Directory,
  EXTENSION_CLIENT_ID,
  EXTENSION_ORIGIN,
  EXTENSION_REDIRECT_URI,
  EXTENSION_SCOPES,
  FIREFOX_REDIRECT_URI,
  normalizeEmail,
  rootOf,
} from './model';
import type { Origins } from './model';
import { redirect, readForm, requestUrl, sendHtml } from './net';
import type { Req, Res } from './net';
import { createProvider, finishConsent } from './oidc';
import { OidcClient, PendingStore, isFirefoxExtensionOrigin } from './oidc-client';
import type { PendingAuthorization } from './oidc-client';
import { ACCOUNTS_AT_IDP_SECRET } from './idp';
import { accountsEmailPage, accountsPasswordPage, messagePage } from './views';

/** The Outreach app's client secret at the accounts server (server-to-server only). */
export const APP_CLIENT_SECRET = 'sandbox-outreach-app-secret';

const BRAND = 'Outreach accounts';

export interface Accounts {
  provider: Provider;
  handle(req: Req, res: Res): Promise<void>;
}

interface SsoAttempt extends PendingAuthorization {
  uid: string;
  login: string;
}

export function createAccounts(directory: Directory, origins: Origins): Accounts {
  const provider = createProvider({
    issuer: origins.accounts,
    brand: BRAND,
    scopes: ['openid', 'offline_access', 'email', 'profile', 'cross_instance:read'],
    clients: [
      {
        // The extension: a public client (PKCE S256, no secret) with refresh tokens.
        client_id: EXTENSION_CLIENT_ID,
        client_name: 'Cross-Instance Sign-in',
        token_endpoint_auth_method: 'none',
        redirect_uris: [EXTENSION_REDIRECT_URI, FIREFOX_REDIRECT_URI],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: EXTENSION_SCOPES,
      },
      {
        // The Outreach web app: a confidential client.
        client_id: APP_CLIENT_ID,
        client_name: 'Outreach',
        client_secret: APP_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: [`${origins.app}/oauth/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        scope: 'openid email profile',
      },
    ],
    hintToAccount: (hint) => hint,
    findAccount(_ctx, sub) {
      const login = directory.login(sub);
      if (!login) return undefined;
      return {
        accountId: login.email,
        claims: () => ({ sub: login.email, email: login.email, email_verified: true, name: login.name }),
      };
    },
    features: {
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
    },
    extra: {
      // Every use of a refresh token returns a new one and invalidates the old one.
      rotateRefreshToken: () => true,
      // OpenID drops `offline_access` unless the request says `prompt=consent`; the extension gets
      // refresh tokens either way, and they outlive the browser session at this server (signing
      // in another `+` alias replaces that session).
      issueRefreshToken: (_ctx, client, code) =>
        client.grantTypeAllowed('refresh_token') &&
        (client.clientId === EXTENSION_CLIENT_ID || code.scopes.has('offline_access')),
      expiresWithSession: (_ctx, code) =>
        code.clientId !== EXTENSION_CLIENT_ID && !code.scopes.has('offline_access'),
      clientBasedCORS: (_ctx, origin, client) =>
        client.clientId === EXTENSION_CLIENT_ID &&
        (origin === EXTENSION_ORIGIN || isFirefoxExtensionOrigin(origin)),
    },
  });
  const callback = provider.callback();
  const idp = new OidcClient(
    origins.idp,
    ACCOUNTS_AT_IDP_CLIENT_ID,
    ACCOUNTS_AT_IDP_SECRET,
    `${origins.accounts}/sso/callback`,
  );
  const attempts = new PendingStore<SsoAttempt>();
  const completed = new PendingStore<{ uid: string; login: string }>();

  /** Next step for a known login: SSO at the IdP, or the password page. */
  async function continueAs(res: Res, uid: string, email: string): Promise<void> {
    if (directory.authFor(email) !== 'sso') {
      sendHtml(res, 200, accountsPasswordPage(uid, email));
      return;
    }
    const root = rootOf(email) ?? email;
    let started;
    try {
      started = await idp.begin({ login_hint: root });
    } catch {
      sendHtml(
        res,
        502,
        messagePage('SSO unavailable', 'Acme SSO (the identity provider) is unavailable.', BRAND),
      );
      return;
    }
    attempts.put(started.pending.state, { ...started.pending, uid, login: email });
    redirect(res, started.url);
  }

  /** `/sso/callback`: redeems the IdP's code, then resumes the interaction on its own path (its cookie). */
  async function ssoCallback(req: Req, res: Res): Promise<void> {
    const params = requestUrl(req).searchParams;
    const attempt = attempts.take(params.get('state'));
    if (!attempt) {
      sendHtml(res, 400, messagePage('Sign-in expired', 'This SSO response is unknown or expired.', BRAND));
      return;
    }
    let identity;
    try {
      identity = await idp.complete(params, attempt);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendHtml(res, 502, messagePage('SSO failed', `Acme SSO did not sign you in: ${message}`, BRAND));
      return;
    }
    // Cross-instance rule: the IdP identity must be the root of the requested login.
    if (!identity.emailVerified || identity.email !== rootOf(attempt.login)) {
      sendHtml(
        res,
        403,
        messagePage(
          'Wrong account',
          `Acme SSO signed you in as ${identity.email}, not as ${attempt.login}.`,
          BRAND,
        ),
      );
      return;
    }
    completed.put(attempt.state, { uid: attempt.uid, login: attempt.login });
    redirect(res, `/interaction/${attempt.uid}/sso?state=${encodeURIComponent(attempt.state)}`);
  }

  async function interaction(req: Req, res: Res, uid: string, action: string | undefined): Promise<void> {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(res, 400, messagePage('Sign-in expired', 'This sign-in request expired. Start again.', BRAND));
      return;
    }
    if (details.uid !== uid) {
      sendHtml(res, 400, messagePage('Sign-in expired', 'This sign-in request does not match.', BRAND));
      return;
    }
    const url = requestUrl(req);
    const hint =
      typeof details.params.login_hint === 'string' ? normalizeEmail(details.params.login_hint) : '';

    if (req.method === 'GET' && !action && details.prompt.name === 'consent') {
      await finishConsent(provider, details, req, res);
      return;
    }
    if (req.method === 'GET' && !action) {
      // A known login_hint skips the email step (the app already asked for the email).
      if (hint && directory.login(hint) && !url.searchParams.has('change')) {
        await continueAs(res, uid, hint);
        return;
      }
      sendHtml(res, 200, accountsEmailPage(uid, url.searchParams.has('change') ? '' : hint));
      return;
    }
    if (req.method === 'POST' && action === 'email') {
      const email = normalizeEmail((await readForm(req)).get('email') ?? '');
      if (!directory.login(email)) {
        sendHtml(res, 200, accountsEmailPage(uid, email, 'No Outreach account uses this email.'));
        return;
      }
      await continueAs(res, uid, email);
      return;
    }
    if (req.method === 'POST' && action === 'password') {
      const form = await readForm(req);
      const email = normalizeEmail(form.get('email') ?? '');
      if (!directory.login(email) || directory.authFor(email) !== 'password') {
        sendHtml(res, 200, accountsEmailPage(uid, email, 'Sign in with your email first.'));
        return;
      }
      if (!directory.checkPassword(email, form.get('password') ?? '')) {
        sendHtml(res, 200, accountsPasswordPage(uid, email, 'Wrong password.'));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: email, amr: ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (req.method === 'GET' && action === 'sso') {
      const done = completed.take(url.searchParams.get('state'));
      if (!done || done.uid !== uid) {
        sendHtml(res, 400, messagePage('Sign-in expired', 'This SSO response is unknown or expired.', BRAND));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: done.login, amr: ['sso'] } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    sendHtml(res, 404, messagePage('Not found', 'No such page.', BRAND));
  }

  return {
    provider,
    async handle(req, res) {
      const path = requestUrl(req).pathname;
      if (path === '/sso/callback' && req.method === 'GET') {
        await ssoCallback(req, res);
        return;
      }
      const match = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(path);
      if (match) {
        await interaction(req, res, match[1]!, match[2]);
        return;
      }
      await callback(req, res);
    },
  };
}
