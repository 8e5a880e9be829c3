/** Server-rendered pages of the sandbox (every value escaped through `html`). */
import { html, page, raw } from './html';
import type { SafeHtml } from './html';
import type { CrossInstanceSso, Environment, InstanceGroup, Login, Org } from './fixtures';

const errorLine = (error?: string) => (error ? html`<p class="error" role="alert">${error}</p>` : '');

// ---- Outreach app -------------------------------------------------------------------------------

/** The app's sign-in form; evil test pages reuse the exact same markup with another action. */
export function loginForm(options: { action: string; email?: string; hidden?: boolean }): SafeHtml {
  if (options.hidden) {
    return html`<form method="post" action="${options.action}" id="login-form">
      <label for="decoy">Work email</label>
      <input id="decoy" name="decoy" type="text" autocomplete="off" data-testid="decoy" />
      <div style="display:none">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" value="${options.email ?? ''}" />
      </div>
      <button type="submit">Next</button>
    </form>`;
  }
  return html`<form method="post" action="${options.action}" id="login-form">
    <label for="email">Email</label>
    <input
      id="email"
      name="email"
      type="email"
      autocomplete="username"
      required
      value="${options.email ?? ''}"
    />
    <button type="submit">Next</button>
  </form>`;
}

export function appLoginPage(options: { error?: string; email?: string; hidden?: boolean }): string {
  return page(
    'Sign in',
    html`<h1>Sign in to Outreach</h1>
      ${errorLine(options.error)}
      ${loginForm({ action: '/login', email: options.email, hidden: options.hidden })}`,
  );
}

export interface OrgChoice {
  orgId: string;
  name: string;
  loginEmail: string;
  environment: Environment;
}

export function selectOrgPage(rootEmail: string, choices: OrgChoice[], error?: string): string {
  const radios = choices.map(
    (choice, i) =>
      html`<div>
        <input
          type="radio"
          name="orgId"
          id="org-${i}"
          value="${choice.orgId}"
          ${i === 0 ? raw('checked') : ''}
        />
        <label for="org-${i}"
          >${choice.name} <small>(${choice.loginEmail}, ${choice.environment})</small></label
        >
      </div>`,
  );
  return page(
    'Select an org',
    html`<h1>Select an org</h1>
      <p>Signed in as <strong>${rootEmail}</strong>. Choose the org to open.</p>
      ${errorLine(error)}
      <form method="post" action="/select-org">
        <fieldset>
          <legend>Orgs</legend>
          ${radios}
        </fieldset>
        <button type="submit">Next</button>
      </form>`,
  );
}

function nav(): SafeHtml {
  return html`<nav>
    <a href="/">Home</a> · <a href="/admin/org-info">Org info</a> · <a href="/logout">Sign out</a>
  </nav>`;
}

export function homePage(login: Login, org: Org): string {
  return page(
    org.name,
    html`${nav()}
      <h1 data-testid="org-name">${org.name}</h1>
      <p data-testid="signed-in-as">Signed in as <strong>${login.email}</strong></p>
      <p>Org ID: <code>${org.orgId}</code> · Environment: ${org.environment} · Role: ${login.role}</p>`,
  );
}

export interface OrgInfoGroup {
  status: CrossInstanceSso;
  group?: InstanceGroup;
  orgs: { name: string; orgId: string; loginEmail: string; environment: string; primary: boolean }[];
}

export function orgInfoPage(login: Login, org: Org, crossInstance: OrgInfoGroup | null): string {
  const section = crossInstance
    ? html`<section aria-labelledby="cross-instance-heading" data-testid="cross-instance-sso">
        <h2 id="cross-instance-heading">Cross-instance SSO</h2>
        <p>Status: <strong data-testid="cross-instance-status">${crossInstance.status}</strong></p>
        ${
          crossInstance.group
            ? html`<p>
                  Instance Group ID:
                  <code data-testid="instance-group-id">${crossInstance.group.instanceGroupId}</code>
                </p>
                <table>
                  <thead>
                    <tr>
                      <th>Org</th>
                      <th>Login</th>
                      <th>Environment</th>
                      <th>Primary</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${crossInstance.orgs.map(
                      (o) =>
                        html`<tr data-org-id="${o.orgId}">
                          <td>${o.name}</td>
                          <td>${o.loginEmail}</td>
                          <td>${o.environment}</td>
                          <td>${o.primary ? 'yes' : ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
            : html`<p>This org is not part of an instance group.</p>`
        }
      </section>`
    : '';
  return page(
    'Org info',
    html`${nav()}
      <h1>Org info</h1>
      <dl>
        <dt>Org</dt>
        <dd data-testid="org-name">${org.name}</dd>
        <dt>Org ID</dt>
        <dd>${org.orgId}</dd>
        <dt>Environment</dt>
        <dd>${org.environment}</dd>
        <dt>Signed in as</dt>
        <dd>${login.email} (${login.role})</dd>
      </dl>
      ${section}`,
  );
}

export function messagePage(title: string, message: string, brand?: string): string {
  return page(
    title,
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>
      <p><a href="/">Back</a></p>`,
    {
      brand,
    },
  );
}

// ---- Outreach accounts (authorization server) ---------------------------------------------------

export function accountsEmailPage(uid: string, email: string, error?: string): string {
  return page(
    'Sign in',
    html`<h1>Sign in to Outreach</h1>
      ${errorLine(error)}
      <form method="post" action="/interaction/${uid}/email">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required value="${email}" />
        <button type="submit">Next</button>
      </form>`,
    { brand: 'Outreach accounts' },
  );
}

export function accountsPasswordPage(uid: string, email: string, error?: string): string {
  return page(
    'Enter your password',
    html`<h1>Enter your password</h1>
      ${errorLine(error)}
      <form method="post" action="/interaction/${uid}/password">
        <input type="hidden" name="email" value="${email}" />
        <p>
          Signing in as <strong>${email}</strong> ·
          <a href="/interaction/${uid}?change=1">Use another email</a>
        </p>
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          autofocus
        />
        <button type="submit">Sign in</button>
      </form>`,
    { brand: 'Outreach accounts' },
  );
}

// ---- Acme SSO (external identity provider) -------------------------------------------------------

export function idpLoginPage(uid: string, email: string, error?: string): string {
  return page(
    'Acme SSO sign-in',
    html`<h1>Acme SSO</h1>
      ${errorLine(error)}
      <form method="post" action="/interaction/${uid}/login" data-testid="idp-login">
        <label for="username">Email</label>
        <input id="username" name="email" type="email" autocomplete="username" required value="${email}" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Sign in</button>
      </form>`,
    { brand: 'Acme SSO' },
  );
}

// ---- Test pages for the content script ------------------------------------------------------------

export function evilLoginPage(host: string): string {
  return page(
    'Sign in',
    html`<h1>Sign in to Outreach</h1>
      <!-- Look-alike of the Outreach login on ${host}; the extension must never fill it. -->
      ${loginForm({ action: '/nowhere' })}`,
  );
}

export function evilFramePage(loginUrl: string): string {
  return page(
    'Framed login',
    html`<h1>A page framing the Outreach login</h1>
      <iframe src="${loginUrl}" title="Outreach login" width="600" height="400"></iframe>`,
  );
}
