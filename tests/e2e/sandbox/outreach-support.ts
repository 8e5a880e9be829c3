/** Manual steps through Outreach mode's pages, for the sandbox's own e2e tests (no extension). */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { SelectMarkup } from '../../../sandbox/outreach/switches';

/** Types an email on the login page (`form` or `react` markup) and presses Continue. */
export async function continueWithEmail(page: Page, email: string): Promise<void> {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Fills the Acme SSO password page and signs in. */
export async function passAcmeSso(page: Page, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Acme SSO' })).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Picks an org in the selection window the way a person would in each markup, then Next. */
export async function pickOrg(page: Page, markup: SelectMarkup, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Select an org' })).toBeVisible();
  switch (markup) {
    case 'radios':
      await page.getByRole('radio', { name, exact: true }).check();
      break;
    case 'cards':
      await page.getByRole('option', { name, exact: true }).click();
      break;
    case 'tiles':
      await page.getByRole('button', { name, exact: true }).click();
      break;
    case 'select':
      await page.getByLabel('Org', { exact: true }).selectOption({ label: name });
      break;
    case 'links':
      await page.getByRole('link', { name, exact: true }).click();
      return;
  }
  await page.getByRole('button', { name: 'Next' }).click();
}

/** The org names the selection window offers, read as a person would see them. */
export async function offeredOrgs(page: Page, markup: SelectMarkup): Promise<string[]> {
  switch (markup) {
    case 'radios':
      return Promise.all((await page.getByRole('radio').all()).map((r) => r.evaluate(labelOf)));
    case 'cards':
      return page.getByRole('option').allInnerTexts();
    case 'tiles':
      return page.locator('[role=button][data-value]').allInnerTexts();
    case 'select':
      return (await page.locator('#org-select option').allInnerTexts()).slice(1);
    case 'links':
      return page.locator('.org-links a').allInnerTexts();
  }
}

function labelOf(input: Element): string {
  return (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '';
}

/** Expects the app to show this org and login in its account menu. */
export async function expectApp(page: Page, webOrigin: string, org: string, login: string): Promise<void> {
  await expect(page).toHaveURL(`${webOrigin}/`);
  await expect(page.getByTestId('account-org-name')).toHaveText(org);
  await expect(page.getByTestId('account-user-email')).toHaveText(login);
}

/** Counts the password pages (IdP, login password step) a page loads. */
export function countPasswordPages(page: Page): () => number {
  let count = 0;
  page.on('response', (response) => {
    const url = new URL(response.url());
    const isIdp = url.pathname === '/saml/login' && response.request().method() === 'GET';
    const isStep = url.pathname === '/password' && response.request().method() === 'GET';
    if ((isIdp || isStep) && response.status() === 200) count++;
  });
  return () => count;
}
