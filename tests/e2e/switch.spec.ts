import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { readExtensionStores } from './support/extension-storage';
import { APP_LOGIN_PAGE, logDocuments, nextTab, watchTabUrls } from './support/navigation-log';
import { stopServiceWorker } from './support/service-worker';

/** Opens an org from the popup: filter, then Next. Returns the tab the org opens in. */
async function openFromPopup(popup: PopupPage, name: string) {
  await popup.page.bringToFront();
  await popup.filter.fill(name);
  await expect(popup.options.first()).toHaveAccessibleName(new RegExp(`^${name} `));
  return nextTab(popup.context, () => popup.button('Next').click());
}

async function expectHome(tab: import('@playwright/test').Page, login: string, org: string) {
  await expect(tab.getByTestId('signed-in-as')).toHaveText(`Signed in as ${login}`);
  await expect(tab.getByTestId('org-name')).toHaveText(org);
}

test('popup → Acme Staging → Next lands on its home as the +staging alias, with no password page', async ({
  popup,
  context,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const log = logDocuments(context);
  const tabUrls = await watchTabUrls(serviceWorker);
  const tab = await openFromPopup(popup, 'Acme Staging');
  await expectHome(tab, 'jane.doe+staging@acme.test', 'Acme Staging');
  // The SSO hop passes the IdP without showing its password page (the log saw the tab's pages).
  expect(log.count(/app\.outreach\.localhost:\d+\/$/)).toBe(1);
  expect(log.count(/idp\.localhost:\d+\/interaction\//)).toBe(0);
  expect(log.count(/\/interaction\/[^/]+\/password/)).toBe(0);
  expect(await tabUrls.count(APP_LOGIN_PAGE)).toBe(1);
  const html = await tab.content();
  const stores = await readExtensionStores(await popup.context.serviceWorkers()[0]!);
  const tokens = stores.session['auth.tokens'] as { accessToken: string; refreshToken: string };
  expect(html).not.toContain(tokens.accessToken);
  expect(html).not.toContain(tokens.refreshToken);
});

test('production → staging → production → staging: second visits restore the saved session', async ({
  popup,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const tabUrls = await watchTabUrls(serviceWorker);
  await expectHome(await openFromPopup(popup, 'Acme Production'), 'jane.doe@acme.test', 'Acme Production');
  await expectHome(await openFromPopup(popup, 'Acme Staging'), 'jane.doe+staging@acme.test', 'Acme Staging');
  expect(await tabUrls.count(APP_LOGIN_PAGE)).toBe(2);
  await tabUrls.clear();
  await expectHome(await openFromPopup(popup, 'Acme Production'), 'jane.doe@acme.test', 'Acme Production');
  await expectHome(await openFromPopup(popup, 'Acme Staging'), 'jane.doe+staging@acme.test', 'Acme Staging');
  expect(await tabUrls.count(APP_LOGIN_PAGE)).toBe(0);
  expect(await tabUrls.count(/accounts\.outreach\.localhost/)).toBe(0);
  expect(await tabUrls.count(/app\.outreach\.localhost:\d+\/$/)).toBe(2);
});

test('the org just opened keeps its place, says when it was used and that the browser is there', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  await expectHome(
    await openFromPopup(popup, 'Acme Staging 2'),
    'jane.doe+staging2@acme.test',
    'Acme Staging 2',
  );
  await popup.page.reload();
  await expect(popup.options.nth(3)).toHaveAccessibleName(/^Acme Staging 2 .*You are here.*used just now/);
});

test('a pending switch survives a service-worker stop between the click and the login page', async ({
  popup,
  context,
  sandbox,
}) => {
  await popup.openSignedInAsJane();
  const tab = await context.newPage();
  await tab.goto(sandbox.url('app.outreach', '/login'));
  // Hold the login page of the switch until the worker has been stopped.
  let heldLoginPage = false;
  await context.route(
    APP_LOGIN_PAGE,
    async (route) => {
      await stopServiceWorker(popup.page);
      heldLoginPage = true;
      await route.continue();
    },
    { times: 1 },
  );
  await tab.bringToFront();
  // The worker is stopped while it handles the request, so its answer may be lost with it; the
  // switch itself is recorded first and finished by the next worker (lib/switch/resume-switch.ts).
  await popup
    .request({ type: 'openInstance', orgId: 'org_acme_a4test', where: 'current' })
    .catch((error: Error) => expect(error.message).toMatch(/message channel closed/));
  await expectHome(tab, 'jane.doe+a4test@acme.test', 'Acme A4 Test');
  expect(heldLoginPage).toBe(true);
});

test('signing out wipes every saved session', async ({ popup, serviceWorker }) => {
  await popup.openSignedInAsJane();
  await expectHome(await openFromPopup(popup, 'Acme Staging'), 'jane.doe+staging@acme.test', 'Acme Staging');
  await expectHome(await openFromPopup(popup, 'Acme Production'), 'jane.doe@acme.test', 'Acme Production');
  const before = await readExtensionStores(serviceWorker);
  expect(Object.keys(before.session)).toContain('switch.jar.org_acme_staging');
  await popup.page.bringToFront();
  // Sign out is in the header's menu, behind a confirmation; the list stays openable afterwards.
  await popup.chooseFromMenu('Sign out');
  await popup.page.locator('.state').getByRole('button', { name: 'Sign out' }).click();
  await expect(popup.banner("You're signed out. Orgs still open through their own sign-in.")).toBeVisible();
  const after = await readExtensionStores(serviceWorker);
  expect(Object.keys(after.session).filter((key) => key.startsWith('switch.'))).toEqual([]);
});
