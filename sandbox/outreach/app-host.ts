/** `web.outreach.*` (and the shard hosts): the app, one session per browser. */
import { COOKIES, setCookie } from './context';
import type { Ctx } from './context';
import { appPage, notFoundPage, orgInfoPage, recordPage } from './app-pages';
import { appPathPage } from './app-records';
import type { AppView } from './app-pages';
import { htmlResponse, redirectTo } from './http';
import type { OutreachResponse } from './http';
import { messagePage } from './idp-pages';
import type { AppSession } from './state';

/** What the app shows for a session: the org, the login, and for admins the group. */
export function appView(ctx: Ctx, session: AppSession): AppView | null {
  const { directory } = ctx.world;
  const login = directory.login(session.login);
  const org = directory.org(session.orgId);
  if (!login || !org) return null;
  const group = directory.groupOf(login.email);
  return {
    markup: ctx.switches.app,
    login: login.email,
    orgId: org.orgId,
    orgName: org.name,
    isAdmin: login.role === 'admin',
    signIn: directory.authFor(login.email) === 'sso' ? 'sso' : 'password',
    group: group && {
      instanceGroupId: group.instanceGroupId,
      status: group.crossInstanceSso,
      orgs: group.members.map((m) => ({
        orgId: m.orgId,
        name: directory.org(m.orgId)?.name ?? m.orgId,
        login: m.loginEmail,
      })),
    },
  };
}

function signedOut(ctx: Ctx): OutreachResponse {
  return redirectTo(`${ctx.world.origins.login}/`, [], 302);
}

export function handleAppHost(ctx: Ctx): OutreachResponse {
  const { state } = ctx.world;
  const path = ctx.req.url.pathname;
  const sessionId = ctx.cookies.get(COOKIES.session) ?? '';
  if (path === '/auth/callback') {
    const session = state.redeemCode(ctx.req.url.searchParams.get('code') ?? '');
    if (!session) return htmlResponse(messagePage('Sign-in expired', 'Sign in again.'), 400);
    const id = state.openSession(session);
    return redirectTo(`${ctx.req.url.origin}/`, [setCookie(ctx, COOKIES.session, id)]);
  }
  if (path === '/logout') {
    state.sessions.delete(sessionId);
    return redirectTo(`${ctx.world.origins.login}/`, [setCookie(ctx, COOKIES.session, null)]);
  }
  const session = state.sessions.get(sessionId);
  const view = session && appView(ctx, session);
  if (!view) return signedOut(ctx);
  if (path === '/admin/org-info') return htmlResponse(orgInfoPage(view));
  const shown = appPathPage(view.orgId, path);
  if (shown.kind === 'record') return htmlResponse(recordPage(view, shown.name));
  if (shown.kind === 'not-found') return htmlResponse(notFoundPage(view), 404);
  return htmlResponse(appPage(view, path));
}
