/** `login.outreach.…` (the current login) and `accounts.outreach.…` `/users/…` (legacy Devise). */
import { normalizeEmail } from '../model';
import type { Ctx } from './context';
import { htmlResponse, jsonResponse, redirectTo, requestFields, wantsJson } from './http';
import type { OutreachResponse } from './http';
import { messagePage } from './idp-pages';
import {
  deviseEmailPage,
  devisePasswordPage,
  emailStepPage,
  LOGIN_WORDS,
  passwordStepPage,
} from './login-pages';
import { verifyAssertion } from './saml';
import { handleSelection } from './selection';
import {
  assertionFits,
  beginTransaction,
  completeSignIn,
  currentTransaction,
  identify,
  redirectToIdp,
} from './sign-in';

/** A redirect, or `{ next }` for the script-driven pages' `fetch`. */
function go(ctx: Ctx, response: OutreachResponse): OutreachResponse {
  if (!wantsJson(ctx.req) || !response.headers.location) return response;
  return jsonResponse({ next: response.headers.location }, 200, response.cookies);
}

function emailError(ctx: Ctx, error: string, email: string): OutreachResponse {
  if (wantsJson(ctx.req)) return jsonResponse({ error }, 422);
  return htmlResponse(emailStepPage({ markup: ctx.switches.login, error, email }), 422);
}

function passwordPage(ctx: Ctx, email: string, error?: string): OutreachResponse {
  ctx.world.passwordPrompts++;
  return htmlResponse(passwordStepPage({ markup: ctx.switches.login, email, error }), error ? 422 : 200);
}

function submitEmail(ctx: Ctx): OutreachResponse {
  const email = normalizeEmail(requestFields(ctx.req).get('email') ?? '');
  if (!email) return emailError(ctx, LOGIN_WORDS.emptyEmail, email);
  const how = identify(ctx, email);
  if (how === 'unknown') return emailError(ctx, LOGIN_WORDS.unknownEmail, email);
  const { txn, cookie } = beginTransaction(ctx, email);
  if (how === 'sso') return go(ctx, redirectToIdp(ctx, txn, '', [cookie]));
  return go(ctx, redirectTo(`${ctx.req.url.origin}/password`, [cookie]));
}

function submitPassword(ctx: Ctx): OutreachResponse {
  const txn = currentTransaction(ctx);
  if (!txn) return go(ctx, redirectTo(`${ctx.req.url.origin}/`));
  const password = requestFields(ctx.req).get('password') ?? '';
  if (!ctx.world.directory.checkPassword(txn.email, password)) {
    if (wantsJson(ctx.req)) return jsonResponse({ error: LOGIN_WORDS.wrongPassword }, 422);
    return passwordPage(ctx, txn.email, LOGIN_WORDS.wrongPassword);
  }
  return go(ctx, completeSignIn(ctx, txn, ''));
}

/** The assertion consumer service: the IdP's POST-back. */
function consumeAssertion(ctx: Ctx, base: string): OutreachResponse {
  const fields = requestFields(ctx.req);
  const assertion = verifyAssertion(ctx.world.state.samlKey, fields.get('SAMLResponse'));
  const txn = ctx.world.state.transactions.get(fields.get('RelayState') ?? '');
  const acs = `${ctx.req.url.origin}${base}/saml/acs`;
  if (!assertion || !txn || assertion.inResponseTo !== txn.samlRequestId || assertion.audience !== acs) {
    return htmlResponse(messagePage('Sign-in failed', 'The sign-in answer was not valid. Start again.'), 400);
  }
  if (!assertionFits(txn, assertion.nameId)) {
    return htmlResponse(messagePage('Sign-in failed', 'Your identity provider signed in someone else.'), 403);
  }
  return completeSignIn(ctx, txn, base);
}

/** `login.outreach.*`. */
export function handleLoginHost(ctx: Ctx): OutreachResponse {
  const { method } = ctx.req;
  const path = ctx.req.url.pathname;
  if (path === '/' && method === 'GET') return htmlResponse(emailStepPage({ markup: ctx.switches.login }));
  if ((path === '/' || path === '/api/identify') && method === 'POST') return submitEmail(ctx);
  if (path === '/password' && method === 'GET') {
    const txn = currentTransaction(ctx);
    return txn ? passwordPage(ctx, txn.email) : redirectTo(`${ctx.req.url.origin}/`);
  }
  if ((path === '/password' || path === '/api/password') && method === 'POST') return submitPassword(ctx);
  if (path === '/saml/acs' && method === 'POST') return consumeAssertion(ctx, '');
  return handleSelection(ctx, '') ?? htmlResponse(messagePage('Not found', 'No such page.'), 404);
}

function deviseSubmit(ctx: Ctx): OutreachResponse {
  const fields = requestFields(ctx.req);
  const email = normalizeEmail(fields.get('user[email]') ?? '');
  const how = email ? identify(ctx, email) : 'unknown';
  if (how === 'unknown') {
    return htmlResponse(deviseEmailPage({ error: LOGIN_WORDS.unknownEmail, email }), 422);
  }
  const { txn, cookie } = beginTransaction(ctx, email);
  if (how === 'sso') return redirectToIdp(ctx, txn, '/users', [cookie]);
  const password = fields.get('user[password]');
  if (password === null) {
    ctx.world.passwordPrompts++;
    return htmlResponse(devisePasswordPage({ email }), 200, [cookie]);
  }
  if (!ctx.world.directory.checkPassword(email, password)) {
    ctx.world.passwordPrompts++;
    return htmlResponse(devisePasswordPage({ email, error: LOGIN_WORDS.wrongPassword }), 422, [cookie]);
  }
  return completeSignIn(ctx, txn, '/users');
}

/** `accounts.outreach.*`: only `/users/…` belongs to Outreach mode. */
export function handleAccountsHost(ctx: Ctx): OutreachResponse {
  const { method } = ctx.req;
  const path = ctx.req.url.pathname;
  if (path === '/users/sign_in') {
    if (ctx.switches.legacy === 'moved') return redirectTo(`${ctx.world.origins.login}/`, [], 302);
    if (method === 'POST') return deviseSubmit(ctx);
    return htmlResponse(deviseEmailPage());
  }
  if (path === '/users/sign_out') return redirectTo(`${ctx.world.origins.web}/logout`);
  if (path === '/users/saml/acs' && method === 'POST') return consumeAssertion(ctx, '/users');
  return handleSelection(ctx, '/users') ?? htmlResponse(messagePage('Not found', 'No such page.'), 404);
}
