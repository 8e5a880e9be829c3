import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import type { Sandbox } from './support/sandbox';
import { chooserFrame } from './support/chooser';
import { readExtensionStores } from './support/extension-storage';
import { APP_LOGIN_PAGE } from './support/navigation-log';

/** Records the requests content scripts send, from inside the service worker. */
async function watchContentRequests(worker: Worker) {
  await worker.evaluate(() => {
    const seen: { type: string; url: string }[] = [];
    (globalThis as unknown as { seenRequests: typeof seen }).seenRequests = seen;
    (
      globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
    ).chrome.runtime.onMessage.addListener(
      (message: { type: string }, sender: { url?: string; tab?: unknown }) => {
        if (sender.tab) seen.push({ type: message.type, url: sender.url ?? '' });
      },
    );
  });
  return () =>
    worker.evaluate(
      () => (globalThis as unknown as { seenRequests: { type: string; url: string }[] }).seenRequests,
    );
}

/**
 * Starts a switch to Acme Staging in an Outreach tab the test already watches (`where: current`),
 * with the login page it opens replaced, once, by a redirect to `url`.
 */
async function switchLandingOn(popup: PopupPage, sandbox: Sandbox, url: string): Promise<Page> {
  const tab = await popup.context.newPage();
  await tab.goto(sandbox.url('app.outreach', '/'));
  await expect(tab.getByLabel('Email')).toBeVisible();
  await popup.context.route(
    APP_LOGIN_PAGE,
    (route) => route.fulfill({ status: 302, headers: { location: url } }),
    {
      times: 1,
    },
  );
  await tab.bringToFront();
  await popup.request({ type: 'openInstance', orgId: 'org_acme_staging', where: 'current' });
  return tab;
}

test('a look-alike origin serving the same login form gets nothing', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const seen = await watchContentRequests(serviceWorker);
  const evil = sandbox.url('evil.outreach', '/login');
  const tab = await switchLandingOn(popup, sandbox, evil);
  await expect.poll(async () => (await seen()).some((r) => r.url.startsWith(evil))).toBe(true);
  await expect(tab.getByLabel('Email')).toHaveValue('');
  const pending = Object.entries((await readExtensionStores(serviceWorker)).session).find(([key]) =>
    key.startsWith('switch.pending.'),
  );
  expect(pending?.[1]).toMatchObject({ filledAt: null });
});

test('a login page inside a cross-origin iframe is never filled', async ({ popup, sandbox }) => {
  await popup.openSignedInAsJane();
  const tab = await switchLandingOn(popup, sandbox, sandbox.url('evil', '/frame'));
  const framed = tab.frameLocator('iframe').getByLabel('Email');
  await expect(framed).toBeVisible();
  // Nothing can be awaited for a fill that must not happen: give the content script time to act.
  await tab.waitForTimeout(1500);
  await expect(framed).toHaveValue('');
});

test('a hidden email field is not filled; the switch fails after 10 s with a clear message', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  test.setTimeout(60_000);
  await popup.openSignedInAsJane();
  const tab = await switchLandingOn(popup, sandbox, sandbox.url('app.outreach', '/login?variant=hidden'));
  await expect
    .poll(async () => (await readExtensionStores(serviceWorker)).session['switch.error'], { timeout: 20_000 })
    .toMatchObject({ kind: 'switch-failed', message: expect.stringContaining('within 10 seconds') });
  expect(await tab.locator('input[name="email"]').inputValue()).toBe('');
  await expect(tab.getByLabel('Work email')).toHaveValue('');
  await popup.page.reload();
  const banner = popup.page.getByRole('status').filter({ hasText: 'within 10 seconds' });
  await expect(banner).toHaveText(/^The login page did not show its sign-in form within 10 seconds/);
  await expect(banner).not.toContainText('Showing the list from');
});

test('page scripts posting messages get nothing, and the page never holds a token', async ({
  popup,
  context,
  sandbox,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const heard: string[] = [];
  await context.exposeFunction('reportHeard', (data: string) => void heard.push(data));
  await context.addInitScript(() => {
    const report = (window as unknown as { reportHeard: (data: string) => void }).reportHeard;
    window.addEventListener('message', (event) => report(JSON.stringify(event.data)));
    window.postMessage({ type: 'getPendingSwitch' }, '*');
    window.postMessage({ type: 'chooseOrg', orgId: 'org_acme_prod' }, '*');
  });
  const tab = await context.newPage();
  await tab.goto(sandbox.url('app.outreach', '/login'));
  await tab.bringToFront();
  await popup.request({ type: 'openInstance', orgId: 'org_acme_staging2', where: 'current' });
  await expect(tab.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+staging2@acme.test');
  // The page heard its own messages on every page of the switch, and nothing else.
  expect(heard.filter((data) => data.includes('getPendingSwitch')).length).toBeGreaterThanOrEqual(2);
  expect(heard.join('\n')).not.toContain('@acme.test');
  const tokens = (await readExtensionStores(serviceWorker)).session['auth.tokens'] as { accessToken: string };
  expect(await tab.content()).not.toContain(tokens.accessToken);
});

/** Jane signed in; a login page where she typed her root email, and the chooser's frame. */
async function typeRootEmail(popup: PopupPage, context: BrowserContext, loginUrl: string) {
  await popup.openSignedInAsJane();
  const page = await context.newPage();
  await page.goto(loginUrl);
  const email = page.getByLabel('Email');
  await email.pressSequentially('jane.doe@acme.test');
  return { page, email, frame: await chooserFrame(page) };
}

test.describe('the inline chooser on the login page', () => {
  test('typing the root email offers the four orgs; choosing +a4test signs in there', async ({
    popup,
    context,
    sandbox,
  }) => {
    const { page, email, frame } = await typeRootEmail(popup, context, sandbox.url('app.outreach', '/login'));
    await expect(frame.getByRole('option')).toHaveText([
      /^Acme Production/,
      /^Acme A4 Test/,
      /^Acme Staging/,
      /^Acme Staging 2/,
    ]);
    // Its words live in the extension's frame: the page can neither find nor read them.
    expect(
      await page.evaluate(() => {
        const find = (window as unknown as { find: (text: string) => boolean }).find.bind(window);
        return find('jane.doe+staging') || find('Acme Staging 2');
      }),
    ).toBe(false);
    expect(await page.evaluate(() => document.documentElement.innerHTML)).not.toContain('Acme Staging');
    // Keys go to the frame once ArrowDown has moved the focus there, and only once it is armed.
    await expect(frame.getByRole('listbox')).toHaveAttribute('aria-disabled', 'false');
    await email.press('ArrowDown');
    await expect(frame.getByRole('option').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(frame.getByRole('option').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+a4test@acme.test');
    await expect(page.getByTestId('org-name')).toHaveText('Acme A4 Test');
  });

  test('keys pressed at once after ArrowDown, before the list has the focus, still count', async ({
    popup,
    context,
    sandbox,
  }) => {
    const { page, email, frame } = await typeRootEmail(popup, context, sandbox.url('app.outreach', '/login'));
    await expect(frame.getByRole('listbox')).toHaveAttribute('aria-disabled', 'false');
    // No wait for the focus: the frame's first option takes it a message after ArrowDown.
    await email.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+a4test@acme.test');
  });

  test('typing a login with the wrong separator shows the rule', async ({ popup, context, sandbox }) => {
    await popup.openSignedInAsJane();
    const page = await context.newPage();
    await page.goto(sandbox.url('app.outreach', '/login'));
    await page.getByLabel('Email').pressSequentially('jane.doe-staging@acme.test');
    await expect((await chooserFrame(page)).getByRole('alert')).toHaveText(
      /uses '-' to separate the tag; use '\+'/,
    );
  });
});
