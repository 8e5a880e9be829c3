/**
 * Org-specific app pages (issue 14, "open this page in another org"): `/sequences` exists in every
 * org, a prospect only in the orgs that hold it, and anything else under the app is Outreach's
 * "not found" view (the app's header, "Page not found"), served with status 404.
 */
import type { Login, Org } from './fixtures';
import { html, page } from './html';
import type { SafeHtml } from './html';

/** Prospects by org: `/prospects/123` is in production and staging, not in the test orgs. */
const PROSPECTS: Record<string, Record<string, string>> = {
  org_acme_prod: { '123': 'Ada Lovelace', '124': 'Grace Hopper' },
  org_acme_staging: { '123': 'Ada Lovelace (staging copy)' },
  org_acme_staging2: {},
  org_acme_a4test: {},
};

function header(login: Login, org: Org): SafeHtml {
  return html`<header>
      <strong data-org-name="${org.name}">${org.name}</strong> · <span>${login.email}</span>
    </header>
    <nav>
      <a href="/">Home</a> · <a href="/sequences">Sequences</a> · <a href="/prospects/123">Prospect 123</a> ·
      <a href="/admin/org-info">Org info</a> · <a href="/logout">Sign out</a>
    </nav>`;
}

function notFound(login: Login, org: Org): { status: number; body: string } {
  return {
    status: 404,
    body: page(
      'Page not found',
      html`${header(login, org)}
        <h1>Page not found</h1>
        <p data-testid="not-found">This page does not exist in ${org.name}, or you cannot see it.</p>`,
    ),
  };
}

/** The app page at `path` for a signed-in login, or `null` when the path is not an org page. */
export function recordPage(path: string, login: Login, org: Org): { status: number; body: string } | null {
  if (path === '/sequences') {
    return {
      status: 200,
      body: page(
        `Sequences · ${org.name}`,
        html`${header(login, org)}
          <h1 data-testid="page-title">Sequences</h1>
          <p data-testid="org-name">${org.name}</p>`,
      ),
    };
  }
  const prospect = /^\/prospects\/(\d+)$/.exec(path)?.[1];
  if (prospect === undefined) return path.startsWith('/prospects/') ? notFound(login, org) : null;
  const name = PROSPECTS[org.orgId]?.[prospect];
  if (!name) return notFound(login, org);
  return {
    status: 200,
    body: page(
      `${name} · ${org.name}`,
      html`${header(login, org)}
        <h1 data-testid="page-title">${name}</h1>
        <p data-testid="org-name">${org.name}</p>`,
    ),
  };
}
