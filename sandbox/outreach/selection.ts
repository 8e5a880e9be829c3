/** The selection window's requests: show it, and take the pick (form, JSON or link). */
import type { Ctx } from './context';
import { htmlResponse, jsonResponse, redirectTo, requestFields, wantsJson } from './http';
import type { OutreachResponse } from './http';
import { selectionPage, SELECT_WORDS } from './select-pages';
import { currentTransaction, handOff, selectionChoices } from './sign-in';

function startOver(ctx: Ctx, base: string): OutreachResponse {
  return redirectTo(`${ctx.req.url.origin}${base === '' ? '/' : '/users/sign_in'}`);
}

function pick(ctx: Ctx, base: string, orgId: string): OutreachResponse {
  const txn = currentTransaction(ctx);
  const choices = txn?.authenticated ? selectionChoices(ctx, txn.email) : null;
  if (!txn || !choices) {
    return wantsJson(ctx.req) ? jsonResponse({ error: 'Your sign-in expired.' }, 401) : startOver(ctx, base);
  }
  const group = ctx.world.directory.groupRootedAt(txn.email);
  const member = choices.some((c) => c.orgId === orgId)
    ? group?.members.find((m) => m.orgId === orgId)
    : undefined;
  if (!member) {
    if (wantsJson(ctx.req)) return jsonResponse({ error: SELECT_WORDS.empty }, 422);
    const page = selectionPage({
      markup: ctx.switches.select,
      rootEmail: txn.email,
      orgs: choices,
      base,
      error: SELECT_WORDS.empty,
    });
    return htmlResponse(page, 422);
  }
  ctx.world.state.transactions.delete(txn.id);
  const done = handOff(ctx, member.loginEmail, member.orgId);
  return wantsJson(ctx.req) ? jsonResponse({ next: done.headers.location }, 200, done.cookies) : done;
}

/** Handles `{base}/instances…` and `{base}/api/instances`; null for other paths. */
export function handleSelection(ctx: Ctx, base: string): OutreachResponse | null {
  const { method } = ctx.req;
  const path = ctx.req.url.pathname;
  if (path === `${base}/instances` && method === 'GET') {
    const txn = currentTransaction(ctx);
    const choices = txn?.authenticated ? selectionChoices(ctx, txn.email) : null;
    if (!txn || !choices) return startOver(ctx, base);
    return htmlResponse(
      selectionPage({ markup: ctx.switches.select, rootEmail: txn.email, orgs: choices, base }),
    );
  }
  if ((path === `${base}/instances` || path === `${base}/api/instances`) && method === 'POST') {
    return pick(ctx, base, requestFields(ctx.req).get('org') ?? '');
  }
  const link = new RegExp(`^${base}/instances/([\\w-]+)$`).exec(path);
  if (link && method === 'GET') return pick(ctx, base, link[1]!);
  return null;
}
