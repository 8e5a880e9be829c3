import type { BrowserContext, Page } from '@playwright/test';

export interface Account {
  email: string;
  password: string;
}

/** The seeded accounts (sandbox/README.md): SSO through the IdP for acme.test, passwords elsewhere. */
export const ACCOUNTS = {
  jane: { email: 'jane.doe@acme.test', password: 'jane-sso-pass' },
  bob: { email: 'bob@acme.test', password: 'bob-sso-pass' },
  carol: { email: 'carol@globex.test', password: 'carol-pass' },
  dave: { email: 'dave@initech.test', password: 'dave-pass' },
} satisfies Record<string, Account>;

const isAuthPage = (page: Page) => page.url().includes('accounts.outreach.localhost');

/** The `identity.launchWebAuthFlow` window: it appears as a page of the context. */
export async function signInWindow(context: BrowserContext): Promise<Page> {
  const open = context.pages().findLast(isAuthPage);
  return open ?? (await context.waitForEvent('page', { predicate: isAuthPage }));
}

/** The sign-in window that `action` opens (a new one, even if an older one is still open). */
export async function nextSignInWindow(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: isAuthPage });
  await action();
  return opened;
}

/**
 * Completes the provider's pages as a person would: email and Next at Outreach's authorization
 * server, then the password there or at the IdP ("Acme SSO") for SSO domains.
 */
export async function completeSignIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
