/** The pages the Firefox journey works with: the popup in a tab, the app, the sign-in pages. */
import type { Page } from 'puppeteer-core';
import type { Firefox } from './firefox';
import { sandboxUrl } from './firefox';

export const JANE = { email: 'jane.doe@acme.test', password: 'jane-sso-pass' };

/** Text of the first element matching `selector`, or `null` (never throws on a page mid-load). */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page
    .evaluate((css) => document.querySelector(css)?.textContent?.trim() ?? null, selector)
    .catch(() => null);
}

/** Waits until the page shows `text` somewhere in its body. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => document.body?.innerText.includes(wanted) ?? false, {}, text);
}

/** The popup's org options (their accessible text), once at least `count` are shown. */
export async function orgOptions(popup: Page, count: number): Promise<string[]> {
  await popup.waitForFunction((n) => document.querySelectorAll('[role=option]').length >= n, {}, count);
  return popup.$$eval('[role=option]', (options) => options.map((option) => option.textContent ?? ''));
}

/** Filters the popup's list to `name` and presses Next (the popup's own `current` switch). */
export async function openFromPopup(popup: Page, name: string): Promise<void> {
  await popup.bringToFront();
  const filter = await popup.waitForSelector('[role=combobox]');
  await filter!.click({ count: 3 });
  await popup.keyboard.press('Backspace');
  await filter!.type(name);
  await popup.waitForFunction(
    (wanted) => document.querySelector('[role=option]')?.textContent?.startsWith(wanted) ?? false,
    {},
    name,
  );
  await popup.click('.picker__footer .btn--primary');
}

/** The app home that shows `login` signed in to `org`. */
export async function appHome(
  firefox: Firefox,
  login: string,
  org: string,
  skip: Page[] = [],
): Promise<Page> {
  return firefox.findPageWhere(
    (wanted) =>
      document.querySelector('[data-testid=signed-in-as]')?.textContent === `Signed in as ${wanted[0]}` &&
      document.querySelector('[data-testid=org-name]')?.textContent === wanted[1],
    [login, org],
    skip,
  );
}

/** Fills an email-and-password page of the sandbox (the accounts server or the IdP, "Acme SSO"). */
export async function enterPassword(page: Page, password: string): Promise<void> {
  const field = await page.waitForSelector('input[type=password]');
  await field!.type(password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}

/** The `identity.launchWebAuthFlow` window: Outreach's authorization server, then the IdP. */
export async function completeSignIn(firefox: Firefox, account = JANE): Promise<void> {
  const window = await firefox.findPage((href) => href.startsWith(sandboxUrl('accounts.outreach', '/')));
  const email = await window.waitForSelector('input[type=email]');
  await email!.type(account.email);
  await Promise.all([window.waitForNavigation(), window.click('button[type=submit]')]);
  const field = await window.waitForSelector('input[type=password]');
  await field!.type(account.password);
  // The window closes when the flow reaches the redirect URL.
  await window.click('button[type=submit]');
}
