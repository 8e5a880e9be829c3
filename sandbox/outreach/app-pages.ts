/** Pages of the app host `web.outreach.*`: pure functions, the signed-in view in → HTML out. */
import { html } from '../html';
import type { SafeHtml } from '../html';
import type { CrossInstanceSso } from '../fixtures';
import { documentPage } from './layout';

export interface AppView {
  login: string;
  orgId: string;
  orgName: string;
  isAdmin: boolean;
  signIn: 'sso' | 'password';
  /** `unmarked` (a fault) shows neither the org nor the login anywhere but Org info. */
  markup?: 'menu' | 'unmarked';
  /** The Cross-instance group the org belongs to, for admins. */
  group?: {
    instanceGroupId: string;
    status: CrossInstanceSso;
    orgs: { orgId: string; name: string; login: string }[];
  };
}

const STATUS_WORDS: Record<CrossInstanceSso, string> = {
  enabled: 'Enabled',
  requested: 'Requested',
  disabled: 'Not enabled',
};

function header(view: AppView, unmarked: boolean): SafeHtml {
  if (unmarked) {
    return html`<header class="app-header">
      <strong>Outreach</strong>
      <nav aria-label="Main"><a href="/">Home</a> <a href="/logout">Sign out</a></nav>
    </header>`;
  }
  return html`<header class="app-header">
    <strong>Outreach</strong>
    <nav aria-label="Main">
      <a href="/">Home</a>
      <a href="/prospects">Prospects</a>
      <a href="/admin/org-info">Administration</a>
    </nav>
    <details class="account-menu">
      <summary aria-label="Account" data-org-id="${view.orgId}">
        <span data-testid="account-org-name">${view.orgName}</span>
        <span data-testid="account-user-email">${view.login}</span>
      </summary>
      <a href="/logout">Sign out</a>
    </details>
  </header>`;
}

function appShell(view: AppView, title: string, content: SafeHtml): string {
  const unmarked = view.markup === 'unmarked';
  return documentPage(
    unmarked ? `${title} · Outreach` : `${title} · ${view.orgName} · Outreach`,
    html`${header(view, unmarked)}
      <main class="app">${content}</main>`,
  );
}

/** A page title from an app path: `/` → Home, `/prospects/12/overview` → Prospects. */
export function titleForPath(path: string): string {
  const first = path.split('/').filter(Boolean)[0];
  if (!first) return 'Home';
  return first.charAt(0).toUpperCase() + first.slice(1).replace(/[-_]/g, ' ');
}

/** Home and the section pages (`app-records.ts` says which paths exist). */
export function appPage(view: AppView, path: string): string {
  const title = titleForPath(path);
  const welcome = view.markup === 'unmarked' ? '' : html`<p>Welcome to ${view.orgName}.</p>`;
  return appShell(
    view,
    title,
    html`<h1>${title}</h1>
      ${welcome}`,
  );
}

/** A record (a prospect, a sequence) of this org: its name is the page's title and heading. */
export function recordPage(view: AppView, name: string): string {
  return appShell(view, name, html`<h1 data-testid="page-title">${name}</h1>`);
}

/**
 * The app's view of a path this org does not have (another org's record, an unknown page): the
 * org's header and "Page not found", which the extension reads as a missing kept page.
 */
export function notFoundPage(view: AppView): string {
  return appShell(
    view,
    'Page not found',
    html`<h1>Page not found</h1>
      <p data-testid="not-found">This page does not exist in this org, or you cannot see it.</p>`,
  );
}

function crossInstance(group: NonNullable<AppView['group']>): SafeHtml {
  return html`<section aria-labelledby="cross-instance-heading">
    <h2 id="cross-instance-heading">Cross-instance SSO</h2>
    <p>Status: <span data-testid="cross-instance-status">${STATUS_WORDS[group.status]}</span></p>
    <p>Instance Group ID: <span data-testid="instance-group-id">${group.instanceGroupId}</span></p>
    <table>
      <thead>
        <tr>
          <th>Org</th>
          <th>Org ID</th>
          <th>Login</th>
        </tr>
      </thead>
      <tbody>
        ${group.orgs.map(
          (org) =>
            html`<tr>
              <td>${org.name}</td>
              <td>${org.orgId}</td>
              <td>${org.login}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/** Administration > Organization > Org info. */
export function orgInfoPage(view: AppView): string {
  return appShell(
    view,
    'Org info',
    html`<nav aria-label="Breadcrumb">Administration › Organization › Org info</nav>
      <h1>Org info</h1>
      <dl>
        <dt>Org name</dt>
        <dd data-testid="org-name">${view.orgName}</dd>
        <dt>Org ID</dt>
        <dd data-testid="org-id">${view.orgId}</dd>
        <dt>Sign-in and password options</dt>
        <dd>${view.signIn === 'sso' ? 'Single sign-on (SAML)' : 'Password'}</dd>
      </dl>
      ${view.isAdmin && view.group ? crossInstance(view.group) : ''}`,
  );
}
