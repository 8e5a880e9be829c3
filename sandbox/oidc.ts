/** Settings shared by the sandbox's two OpenID providers (the IdP and the Outreach accounts server). */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import type { Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { memoryAdapter } from './adapter';
import { html, page } from './html';
import { normalizeEmail } from './model';

/** A fresh RS256 signing key, generated at start-up (tokens do not survive a restart). */
export function signingKey(kidPrefix: string): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `${kidPrefix}-${randomBytes(6).toString('hex')}`, use: 'sig', alg: 'RS256' } as JWK;
}

/**
 * Consent is automatic for the sandbox's first-party clients: the grant covers every scope the
 * client is registered for, so no consent page is ever shown.
 */
async function autoGrant(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  let grant = grantId ? await provider.Grant.find(grantId) : undefined;
  if (!grant || grant.accountId !== session.accountId) {
    grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  }
  grant.addOIDCScope(client.scope ?? 'openid');
  await grant.save();
  return grant;
}

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

/**
 * Finishes a consent prompt without a page (an explicit `prompt=consent`, which OpenID requires
 * for `offline_access`, always asks for one): the grant covers the requested scopes the client
 * is registered for.
 */
export async function finishConsent(
  provider: Provider,
  details: Interaction,
  req: Parameters<Provider['interactionFinished']>[0],
  res: Parameters<Provider['interactionFinished']>[1],
): Promise<void> {
  const clientId = String(details.params.client_id);
  const accountId = details.session?.accountId;
  const client = await provider.Client.find(clientId);
  if (!client || !accountId) throw new Error('Consent without a client or a signed-in account');
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ clientId, accountId });
  const allowed = new Set((client.scope ?? 'openid').split(' '));
  const requested = String(details.params.scope ?? 'openid')
    .split(' ')
    .filter((scope) => allowed.has(scope));
  grant.addOIDCScope(requested.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/**
 * The default policy plus one check: a `login_hint` naming someone other than the signed-in
 * account asks for a login (the sandbox's hosts keep one browser session across many logins).
 */
function policy(hintToAccount: (hint: string) => string) {
  const prompts = interactionPolicy.base();
  prompts.get('login')?.checks.add(
    new interactionPolicy.Check('login_hint_mismatch', 'login_hint names another account', (ctx) => {
      const hint = ctx.oidc.params?.login_hint;
      const accountId = ctx.oidc.session?.accountId;
      if (typeof hint !== 'string' || !hint || !accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return hintToAccount(normalizeEmail(hint)) === accountId
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return prompts;
}

export interface ProviderOptions {
  issuer: string;
  brand: string;
  clients: NonNullable<Configuration['clients']>;
  findAccount: NonNullable<Configuration['findAccount']>;
  /** Which account a `login_hint` designates (the IdP maps `+` aliases to their root). */
  hintToAccount: (hint: string) => string;
  scopes: string[];
  features?: Configuration['features'];
  extra?: Partial<Configuration>;
}

export function createProvider(options: ProviderOptions): Provider {
  const configuration: Configuration = {
    adapter: memoryAdapter(),
    clients: options.clients,
    findAccount: options.findAccount,
    jwks: { keys: [signingKey(new URL(options.issuer).hostname.split('.')[0] ?? 'key')] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: options.scopes,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // Put email/email_verified in the ID token too, not only at userinfo.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    loadExistingGrant: autoGrant,
    interactions: {
      policy: policy(options.hintToAccount),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
      ...options.features,
    },
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Grant: 14 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
      RefreshToken: 14 * 24 * 60 * 60,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in error',
        html`<h1>Something went wrong</h1>
          <p class="error" data-error="${out.error}">${out.error}: ${out.error_description ?? ''}</p>`,
        { brand: options.brand },
      );
    },
    ...options.extra,
  };
  const provider = new Provider(options.issuer, configuration);
  // Internal errors are answered by the provider; keep them out of the console unless debugging.
  provider.on('server_error', (_ctx, error) => {
    if (process.env.SANDBOX_DEBUG) console.error(`[${options.brand}] server_error`, error);
  });
  return provider;
}
