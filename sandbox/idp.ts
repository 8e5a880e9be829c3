/** "Acme SSO": the external identity provider at idp.localhost (an oidc-provider with a password page). */
import type Provider from 'oidc-provider';
import type { Seed } from './fixtures';
import { ACCOUNTS_AT_IDP_CLIENT_ID, normalizeEmail, rootOf } from './model';
import type { Origins } from './model';
import { readForm, requestUrl, sendHtml } from './net';
import type { Req, Res } from './net';
import { createProvider, finishConsent } from './oidc';
import { idpLoginPage, messagePage } from './views';

/** The accounts server's client secret at the IdP (server-to-server only). */
export const ACCOUNTS_AT_IDP_SECRET = 'sandbox-accounts-at-idp-secret';

export interface Idp {
  provider: Provider;
  handle(req: Req, res: Res): Promise<void>;
}

export function createIdp(seed: Seed, origins: Origins): Idp {
  const provider = createProvider({
    issuer: origins.idp,
    brand: 'Acme SSO',
    scopes: ['openid', 'email', 'profile'],
    clients: [
      {
        client_id: ACCOUNTS_AT_IDP_CLIENT_ID,
        client_secret: ACCOUNTS_AT_IDP_SECRET,
        redirect_uris: [`${origins.accounts}/sso/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        scope: 'openid email profile',
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // The IdP knows people by their root email; a `+` alias hint designates its root.
    hintToAccount: (hint) => rootOf(hint) ?? hint,
    findAccount(_ctx, sub) {
      const user = seed.idpUsers[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: sub, email_verified: true, name: user.name }),
      };
    },
  });
  const callback = provider.callback();

  async function interaction(req: Req, res: Res, uid: string, action: string | undefined): Promise<void> {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(
        res,
        400,
        messagePage('Sign-in expired', 'This sign-in request expired. Start again.', 'Acme SSO'),
      );
      return;
    }
    if (details.uid !== uid) {
      sendHtml(res, 400, messagePage('Sign-in expired', 'This sign-in request does not match.', 'Acme SSO'));
      return;
    }
    const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : '';
    if (req.method === 'GET' && !action && details.prompt.name === 'consent') {
      await finishConsent(provider, details, req, res);
      return;
    }
    if (req.method === 'GET' && !action) {
      sendHtml(res, 200, idpLoginPage(uid, rootOf(hint) ?? hint));
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const email = normalizeEmail(form.get('email') ?? '');
      const user = seed.idpUsers[email];
      if (!user || user.password !== form.get('password')) {
        sendHtml(res, 200, idpLoginPage(uid, email, 'Wrong email or password.'));
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
    sendHtml(res, 404, messagePage('Not found', 'No such page.', 'Acme SSO'));
  }

  return {
    provider,
    async handle(req, res) {
      const match = /^\/interaction\/([\w-]+)(?:\/(\w+))?$/.exec(requestUrl(req).pathname);
      if (match) {
        await interaction(req, res, match[1]!, match[2]);
        return;
      }
      await callback(req, res);
    },
  };
}
