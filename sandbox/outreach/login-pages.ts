/** Pages of `login.outreach.*` and the legacy Devise page: pure functions, state in → HTML out. */
import { html } from '../html';
import type { LoginPageMarkup } from './switches';
import { CONTROLLED_FORM_SCRIPT } from './client-scripts';
import { errorLine, inlineScript, loginShell, pageData } from './layout';

export const LOGIN_WORDS = {
  emptyEmail: 'Enter your email address.',
  unknownEmail: "We couldn't find an account with that email.",
  emptyPassword: 'Enter your password.',
  wrongPassword: 'Wrong email or password.',
  failed: 'Something went wrong. Try again.',
} as const;

interface ControlledField {
  key: string;
  id: string;
  label: string;
  type: string;
  autocomplete: string;
}

function controlledForm(options: {
  fields: ControlledField[];
  button: string;
  endpoint: string;
  emptyError: string;
  error?: string;
}) {
  const data = { ...options, failError: LOGIN_WORDS.failed };
  return html`<div id="root"></div>
    ${pageData('page-data', data)} ${inlineScript(CONTROLLED_FORM_SCRIPT)}`;
}

/** `login/`: "Sign in", one email field, Continue. */
export function emailStepPage(options: { markup: LoginPageMarkup; error?: string; email?: string }): string {
  if (options.markup === 'react') {
    return loginShell(
      html`<h2>Sign in</h2>
        ${controlledForm({
          fields: [
            { key: 'email', id: ':r0:', label: 'Email address', type: 'email', autocomplete: 'email' },
          ],
          button: 'Continue',
          endpoint: '/api/identify',
          emptyError: LOGIN_WORDS.emptyEmail,
          error: options.error,
        })}`,
    );
  }
  if (options.markup === 'unlabelled') {
    // A markup change the adapter cannot read: no type, label, autocomplete or id says "email".
    return loginShell(
      html`<h2>Sign in</h2>
        <form method="post" action="/">
          <input name="email" type="text" placeholder="you@company.com" />
          ${errorLine(options.error)}
          <button type="submit">→</button>
        </form>`,
    );
  }
  return loginShell(
    html`<h2>Sign in</h2>
      <form method="post" action="/">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" value="${options.email ?? ''}" />
        ${errorLine(options.error)}
        <button type="submit">Continue</button>
      </form>`,
  );
}

/** `login/password`: the password step for password domains. */
export function passwordStepPage(options: {
  markup: LoginPageMarkup;
  email: string;
  error?: string;
}): string {
  const who = html`<h2>Enter your password</h2>
    <p><span data-testid="login-email">${options.email}</span> · <a href="/">Not you?</a></p>`;
  if (options.markup === 'react') {
    return loginShell(
      html`${who}
      ${controlledForm({
        fields: [
          {
            key: 'password',
            id: ':r1:',
            label: 'Password',
            type: 'password',
            autocomplete: 'current-password',
          },
        ],
        button: 'Sign in',
        endpoint: '/api/password',
        emptyError: LOGIN_WORDS.emptyPassword,
        error: options.error,
      })}`,
    );
  }
  return loginShell(
    html`${who}
      <form method="post" action="/password">
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" />
        ${errorLine(options.error)}
        <button type="submit">Sign in</button>
      </form>`,
  );
}

/** `accounts/users/sign_in`, step one: Devise's `user_email` and Next. */
export function deviseEmailPage(options: { error?: string; email?: string } = {}): string {
  return loginShell(
    html`<h2>Log in</h2>
      <form id="new_user" class="new_user" action="/users/sign_in" method="post" accept-charset="UTF-8">
        <label for="user_email">Email</label>
        <input
          type="email"
          id="user_email"
          name="user[email]"
          autocomplete="email"
          autofocus
          value="${options.email ?? ''}"
        />
        ${errorLine(options.error)}
        <input type="submit" name="commit" value="Next" />
      </form>`,
  );
}

/** `accounts/users/sign_in`, step two: Devise's `user_password`. */
export function devisePasswordPage(options: { email: string; error?: string }): string {
  return loginShell(
    html`<h2>Log in</h2>
      <form id="new_user" class="new_user" action="/users/sign_in" method="post" accept-charset="UTF-8">
        <p>${options.email}</p>
        <input type="hidden" name="user[email]" value="${options.email}" />
        <label for="user_password">Password</label>
        <input type="password" id="user_password" name="user[password]" autocomplete="current-password" />
        ${errorLine(options.error)}
        <input type="submit" name="commit" value="Sign in" />
      </form>`,
  );
}
