/** Pages of the SAML-style IdP "Acme SSO": pure functions, state in → HTML out. */
import { html } from '../html';
import { documentPage, errorLine, inlineScript } from './layout';

/** The IdP's password page (the only password an SSO person ever types). */
export function idpPasswordPage(options: {
  email: string;
  samlRequest: string;
  relayState: string;
  error?: string;
}): string {
  return documentPage(
    'Sign in · Acme SSO',
    html`<main class="card">
      <h1>Acme SSO</h1>
      <p>Sign in to continue to Outreach.</p>
      <form method="post" action="/saml/login">
        <input type="hidden" name="SAMLRequest" value="${options.samlRequest}" />
        <input type="hidden" name="RelayState" value="${options.relayState}" />
        <label for="idp-email">Email</label>
        <input id="idp-email" name="email" type="email" autocomplete="username" value="${options.email}" />
        <label for="idp-password">Password</label>
        <input id="idp-password" name="password" type="password" autocomplete="current-password" />
        ${errorLine(options.error)}
        <button type="submit">Sign in</button>
      </form>
    </main>`,
  );
}

/** SAML's HTTP-POST binding: a form to the service provider, submitted on load. */
export function postBackPage(options: { acs: string; samlResponse: string; relayState: string }): string {
  return documentPage(
    'Signing you in… · Acme SSO',
    html`<main class="card">
        <p>Signing you in…</p>
        <form method="post" action="${options.acs}" id="saml-post">
          <input type="hidden" name="SAMLResponse" value="${options.samlResponse}" />
          <input type="hidden" name="RelayState" value="${options.relayState}" />
          <noscript><button type="submit">Continue</button></noscript>
        </form>
      </main>
      ${inlineScript("document.getElementById('saml-post').submit();")}`,
  );
}

/** A plain message page at any Outreach-mode host. */
export function messagePage(title: string, message: string, brand = 'Outreach'): string {
  return documentPage(
    `${title} · ${brand}`,
    html`<main class="card">
      <h1>${title}</h1>
      <p>${message}</p>
    </main>`,
  );
}
