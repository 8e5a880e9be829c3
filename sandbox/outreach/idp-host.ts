/** "Acme SSO", the SAML-style IdP: `/saml/sso`, `/saml/login`, `/saml/logout`; its session is reused. */
import { normalizeEmail, rootOf } from '../model';
import { COOKIES, setCookie } from './context';
import type { Ctx } from './context';
import { htmlResponse, redirectTo, requestFields } from './http';
import type { OutreachResponse } from './http';
import { idpPasswordPage, messagePage, postBackPage } from './idp-pages';
import { LOGIN_WORDS } from './login-pages';
import { decodeSamlRequest, signAssertion } from './saml';
import type { SamlRequest } from './saml';
import { randomId } from './state';

const BRAND = 'Acme SSO';

function postBack(ctx: Ctx, request: SamlRequest, relayState: string, root: string, cookies: string[] = []) {
  const samlResponse = signAssertion(ctx.world.state.samlKey, {
    inResponseTo: request.id,
    nameId: root,
    audience: request.acs,
  });
  return htmlResponse(postBackPage({ acs: request.acs, samlResponse, relayState }), 200, cookies);
}

function passwordPage(ctx: Ctx, fields: URLSearchParams, email: string, error?: string): OutreachResponse {
  ctx.world.passwordPrompts++;
  const page = idpPasswordPage({
    email,
    samlRequest: fields.get('SAMLRequest') ?? '',
    relayState: fields.get('RelayState') ?? '',
    error,
  });
  return htmlResponse(page, error ? 422 : 200);
}

function signIn(ctx: Ctx, request: SamlRequest, fields: URLSearchParams): OutreachResponse {
  const email = normalizeEmail(fields.get('email') ?? '');
  const user = ctx.world.seed.idpUsers[email];
  const wanted = rootOf(request.loginHint);
  if (!user || user.password !== fields.get('password') || email !== wanted) {
    return passwordPage(ctx, fields, email, LOGIN_WORDS.wrongPassword);
  }
  const id = randomId();
  ctx.world.state.idpSessions.set(id, email);
  return postBack(ctx, request, fields.get('RelayState') ?? '', email, [setCookie(ctx, COOKIES.idp, id)]);
}

export function handleIdpHost(ctx: Ctx): OutreachResponse {
  const path = ctx.req.url.pathname;
  if (ctx.switches.idpDown) {
    return htmlResponse(messagePage('Service unavailable', 'Acme SSO is down (sandbox fault).', BRAND), 503);
  }
  if (path === '/saml/logout') {
    ctx.world.state.idpSessions.delete(ctx.cookies.get(COOKIES.idp) ?? '');
    return htmlResponse(messagePage('Signed out', 'You are signed out of Acme SSO.', BRAND), 200, [
      setCookie(ctx, COOKIES.idp, null),
    ]);
  }
  const fields = ctx.req.method === 'POST' ? requestFields(ctx.req) : ctx.req.url.searchParams;
  const request = decodeSamlRequest(fields.get('SAMLRequest'));
  if (!request || !['/saml/sso', '/saml/login'].includes(path)) {
    return htmlResponse(messagePage('Bad request', 'This is not a sign-in request.', BRAND), 400);
  }
  const root = rootOf(request.loginHint) ?? '';
  if (path === '/saml/login') {
    return ctx.req.method === 'POST' ? signIn(ctx, request, fields) : passwordPage(ctx, fields, root);
  }
  const known = ctx.world.state.idpSessions.get(ctx.cookies.get(COOKIES.idp) ?? '');
  if (known && known === root) return postBack(ctx, request, fields.get('RelayState') ?? '', root);
  const login = new URL('/saml/login', ctx.req.url.origin);
  login.search = new URLSearchParams({
    SAMLRequest: fields.get('SAMLRequest') ?? '',
    RelayState: fields.get('RelayState') ?? '',
  }).toString();
  return redirectTo(login.href);
}
