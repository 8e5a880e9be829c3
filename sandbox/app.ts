/**
 * The Outreach web app at app.outreach.localhost: one host for every org. Signs people in as an
 * OIDC client of the accounts server; a root email of an enabled instance group gets the
 * selection window; each session is tied to one login and org.
 */
import { randomBytes } from 'node:crypto';
import { APP_CLIENT_ID, Directory, parseEmail } from './model';
import type { Origins } from './model';
import type { Login } from './fixtures';
import { parseCookies, readForm, redirect, requestUrl, sendHtml, serializeCookie } from './net';
import type { Req, Res } from './net';
import { OidcClient, PendingStore } from './oidc-client';
import type { PendingAuthorization } from './oidc-client';
import { APP_CLIENT_SECRET } from './accounts';
import { recordPage } from './app-records';
import { appLoginPage, homePage, messagePage, orgInfoPage, selectOrgPage } from './views';
import type { OrgChoice, OrgInfoGroup } from './views';

export const SESSION_COOKIE = 'outreach_session';
export const ORG_COOKIE = 'outreach_org';
const LOGIN_STATE_COOKIE = 'outreach_login_state';
const SELECT_COOKIE = 'outreach_select';
/** Domain cookie shared by every `*.outreach.localhost` host (not HttpOnly). */
const COOKIE_DOMAIN = 'outreach.localhost';

interface AppSession {
  login: string;
  orgId: string;
  created: number;
}

export interface App {
  handle(req: Req, res: Res): Promise<void>;
  /** Live sessions (for tests and diagnostics). */
  sessionCount(): number;
}

const newId = () => randomBytes(24).toString('base64url');

export function createApp(directory: Directory, origins: Origins): App {
  const sessions = new Map<string, AppSession>();
  /** Root sign-ins waiting in the selection window: id → root login. */
  const selections = new Map<string, { root: string; expires: number }>();
  const pending = new PendingStore<PendingAuthorization>();
  const accounts = new OidcClient(
    origins.accounts,
    APP_CLIENT_ID,
    APP_CLIENT_SECRET,
    `${origins.app}/oauth/callback`,
  );

  function currentSession(req: Req): { id: string; session: AppSession } | undefined {
    const id = parseCookies(req).get(SESSION_COOKIE);
    const session = id ? sessions.get(id) : undefined;
    return id && session ? { id, session } : undefined;
  }

  function startSession(res: Res, login: Login, extraCookies: string[] = []): void {
    const id = newId();
    sessions.set(id, { login: login.email, orgId: login.orgId, created: Date.now() });
    redirect(res, '/', [
      serializeCookie(SESSION_COOKIE, id, { httpOnly: true }),
      serializeCookie(ORG_COOKIE, login.orgId, { domain: COOKIE_DOMAIN }),
      ...extraCookies,
    ]);
  }

  function linkedChoices(root: string): OrgChoice[] {
    const group = directory.groupRootedAt(root);
    if (!group) return [];
    return directory.linkedMembers(group).flatMap((member) => {
      const org = directory.org(member.orgId);
      return org
        ? [{ orgId: org.orgId, name: org.name, loginEmail: member.loginEmail, environment: org.environment }]
        : [];
    });
  }

  /** The selection window applies to a root admin login whose group has the feature enabled. */
  function needsSelection(login: Login): boolean {
    const group = directory.groupRootedAt(login.email);
    return (
      login.role === 'admin' && group?.crossInstanceSso === 'enabled' && linkedChoices(login.email).length > 1
    );
  }

  async function postLogin(req: Req, res: Res): Promise<void> {
    const email = (await readForm(req)).get('email')?.trim() ?? '';
    if (!parseEmail(email)) {
      sendHtml(res, 200, appLoginPage({ error: 'Enter a valid email address.', email }));
      return;
    }
    let started;
    try {
      started = await accounts.begin({ login_hint: email });
    } catch {
      sendHtml(res, 502, messagePage('Sign-in unavailable', 'The Outreach sign-in service is unavailable.'));
      return;
    }
    pending.put(started.pending.state, started.pending);
    redirect(res, started.url, [
      serializeCookie(LOGIN_STATE_COOKIE, started.pending.state, {
        httpOnly: true,
        path: '/oauth',
        maxAge: 600,
      }),
    ]);
  }

  async function oauthCallback(req: Req, res: Res): Promise<void> {
    const params = requestUrl(req).searchParams;
    const state = params.get('state');
    const bound = parseCookies(req).get(LOGIN_STATE_COOKIE);
    const attempt = state && state === bound ? pending.take(state) : undefined;
    const clearState = serializeCookie(LOGIN_STATE_COOKIE, '', { httpOnly: true, path: '/oauth', maxAge: 0 });
    if (!attempt) {
      sendHtml(res, 400, messagePage('Sign-in expired', 'This sign-in response is unknown or expired.'), {
        'set-cookie': clearState,
      });
      return;
    }
    let identity;
    try {
      identity = await accounts.complete(params, attempt);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendHtml(res, 502, messagePage('Sign-in failed', message), { 'set-cookie': clearState });
      return;
    }
    const login = directory.login(identity.email);
    if (!login) {
      sendHtml(res, 403, messagePage('No account', 'No Outreach org uses this login.'), {
        'set-cookie': clearState,
      });
      return;
    }
    if (needsSelection(login)) {
      const id = newId();
      selections.set(id, { root: login.email, expires: Date.now() + 10 * 60 * 1000 });
      redirect(res, '/select-org', [
        clearState,
        serializeCookie(SELECT_COOKIE, id, { httpOnly: true, maxAge: 600 }),
      ]);
      return;
    }
    startSession(res, login, [clearState]);
  }

  function currentSelection(req: Req): { id: string; root: string } | undefined {
    const id = parseCookies(req).get(SELECT_COOKIE);
    const selection = id ? selections.get(id) : undefined;
    if (!id || !selection || selection.expires < Date.now()) return undefined;
    return { id, root: selection.root };
  }

  async function selectOrg(req: Req, res: Res): Promise<void> {
    const selection = currentSelection(req);
    if (!selection) {
      redirect(res, '/login');
      return;
    }
    const choices = linkedChoices(selection.root);
    if (req.method === 'GET') {
      sendHtml(res, 200, selectOrgPage(selection.root, choices));
      return;
    }
    const orgId = (await readForm(req)).get('orgId');
    const choice = choices.find((c) => c.orgId === orgId);
    const login = choice && directory.login(choice.loginEmail);
    if (!login) {
      sendHtml(res, 200, selectOrgPage(selection.root, choices, 'Select one of the orgs.'));
      return;
    }
    selections.delete(selection.id);
    startSession(res, login, [serializeCookie(SELECT_COOKIE, '', { httpOnly: true, maxAge: 0 })]);
  }

  function orgInfo(login: Login): OrgInfoGroup | null {
    if (login.role !== 'admin') return null;
    const group = directory.groupOf(login.email);
    if (!group) return { status: 'disabled', orgs: [] };
    return {
      status: group.crossInstanceSso,
      group,
      orgs: group.members.map((member) => {
        const org = directory.org(member.orgId);
        return {
          orgId: member.orgId,
          name: org?.name ?? member.orgId,
          environment: org?.environment ?? '',
          loginEmail: member.loginEmail,
          primary: member.primary,
        };
      }),
    };
  }

  function logout(req: Req, res: Res): void {
    const current = currentSession(req);
    if (current) sessions.delete(current.id);
    redirect(res, '/login', [
      serializeCookie(SESSION_COOKIE, '', { httpOnly: true, maxAge: 0 }),
      serializeCookie(ORG_COOKIE, '', { domain: COOKIE_DOMAIN, maxAge: 0 }),
    ]);
  }

  return {
    sessionCount: () => sessions.size,
    async handle(req, res) {
      const url = requestUrl(req);
      const method = req.method ?? 'GET';
      switch (url.pathname) {
        case '/login':
          if (method === 'POST') return postLogin(req, res);
          sendHtml(res, 200, appLoginPage({ hidden: url.searchParams.get('variant') === 'hidden' }));
          return;
        case '/oauth/callback':
          return oauthCallback(req, res);
        case '/select-org':
          return selectOrg(req, res);
        case '/logout':
          logout(req, res);
          return;
        case '/':
        case '/admin/org-info': {
          const current = currentSession(req);
          const login = current && directory.login(current.session.login);
          const org = current && directory.org(current.session.orgId);
          if (!login || !org) {
            redirect(res, '/login');
            return;
          }
          sendHtml(
            res,
            200,
            url.pathname === '/' ? homePage(login, org) : orgInfoPage(login, org, orgInfo(login)),
          );
          return;
        }
        default: {
          // Org pages (issue 14): /sequences in every org, a prospect only where it exists.
          const current = currentSession(req);
          const login = current && directory.login(current.session.login);
          const org = current && directory.org(current.session.orgId);
          const record = login && org ? recordPage(url.pathname, login, org) : null;
          if (record) sendHtml(res, record.status, record.body);
          else if (!current && /^\/(sequences|prospects)(\/|$)/.test(url.pathname)) redirect(res, '/login');
          else sendHtml(res, 404, messagePage('Not found', 'No such page.'));
        }
      }
    },
  };
}
