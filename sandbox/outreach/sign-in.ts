/** The decisions of a sign-in, shared by the login host and the legacy Devise page. */
import { normalizeEmail, rootOf } from '../model';
import { COOKIES, setCookie } from './context';
import type { Ctx } from './context';
import { redirectTo } from './http';
import type { OutreachResponse } from './http';
import { encodeSamlRequest } from './saml';
import type { OrgChoice } from './select-pages';
import { randomId } from './state';
import type { LoginTransaction } from './state';

/** How an email signs in: unknown emails get an error on the email step. */
export function identify(ctx: Ctx, email: string): 'unknown' | 'password' | 'sso' {
  const { directory } = ctx.world;
  if (!directory.login(email)) return 'unknown';
  return directory.authFor(email) === 'sso' ? 'sso' : 'password';
}

/**
 * The orgs the selection window offers after this login signed in, or null when it lands directly:
 * only the root email of an admin whose group is `enabled`, with two or more `+`-linked orgs.
 */
export function selectionChoices(ctx: Ctx, email: string): OrgChoice[] | null {
  const { directory } = ctx.world;
  const login = directory.login(email);
  const group = directory.groupRootedAt(email);
  if (!login || login.role !== 'admin' || group?.crossInstanceSso !== 'enabled') return null;
  const linked = directory.linkedMembers(group);
  if (linked.length < 2) return null;
  return linked.map((member) => ({
    orgId: member.orgId,
    name: directory.org(member.orgId)?.name ?? member.orgId,
  }));
}

export function currentTransaction(ctx: Ctx): LoginTransaction | undefined {
  const id = ctx.cookies.get(COOKIES.login);
  return id ? ctx.world.state.transactions.get(id) : undefined;
}

export function beginTransaction(ctx: Ctx, email: string): { txn: LoginTransaction; cookie: string } {
  const txn = ctx.world.state.startTransaction(normalizeEmail(email));
  return { txn, cookie: setCookie(ctx, COOKIES.login, txn.id) };
}

/** SSO: the SAML-style redirect to the IdP; the RelayState names the transaction. */
export function redirectToIdp(
  ctx: Ctx,
  txn: LoginTransaction,
  base: string,
  cookies: string[],
): OutreachResponse {
  txn.samlRequestId = randomId(12);
  const request = encodeSamlRequest({
    id: txn.samlRequestId,
    acs: `${ctx.req.url.origin}${base}/saml/acs`,
    loginHint: txn.email,
  });
  const url = new URL('/saml/sso', ctx.world.origins.idp);
  url.search = new URLSearchParams({ SAMLRequest: request, RelayState: txn.id }).toString();
  return redirectTo(url.href, cookies);
}

/** Hands a finished sign-in to the app: a one-time code the web host turns into its session. */
export function handOff(ctx: Ctx, login: string, orgId: string): OutreachResponse {
  const code = ctx.world.state.issueCode({ login, orgId });
  const url = new URL('/auth/callback', ctx.world.origins.web);
  url.searchParams.set('code', code);
  return redirectTo(url.href, [setCookie(ctx, COOKIES.login, null)]);
}

/** The login is authenticated: the selection window for a group's root, else the app. */
export function completeSignIn(ctx: Ctx, txn: LoginTransaction, base: string): OutreachResponse {
  txn.authenticated = true;
  if (selectionChoices(ctx, txn.email)) {
    return redirectTo(`${ctx.req.url.origin}${base}/instances`, [setCookie(ctx, COOKIES.login, txn.id)]);
  }
  const login = ctx.world.directory.login(txn.email);
  if (!login) return redirectTo(`${ctx.world.origins.login}/`);
  ctx.world.state.transactions.delete(txn.id);
  return handOff(ctx, login.email, login.orgId);
}

/** The IdP's answer names the root of the login being signed in (the cross-instance rule). */
export function assertionFits(txn: LoginTransaction, nameId: string): boolean {
  return rootOf(txn.email) === normalizeEmail(nameId);
}
