import { expect, test } from './fixtures';
import { ACCOUNTS, completeSignIn, signInWindow } from './pages/sign-in-window';
import { cachedOrgs, readExtensionStores } from './support/extension-storage';
import type { ExtensionApi } from './support/extension-storage';
import { stopServiceWorker, waitForServiceWorker } from './support/service-worker';

test('jane signs in through SSO from the popup, and the cache holds her group of four orgs', async ({
  popup,
  serviceWorker,
}) => {
  await popup.open();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await expect(popup.page.getByText('Signed in as jane.doe@acme.test')).toBeVisible();
  // The Instance Group ID is offered to copy from the header's menu.
  expect(await popup.menuItems()).toContain('Copy the Instance Group ID');

  const stores = await readExtensionStores(serviceWorker);
  expect(stores.indexedDB.groups).toEqual([expect.objectContaining({ instanceGroupId: 'ig_acme_7f3a' })]);
  expect(cachedOrgs(stores)).toHaveLength(4);
});

test('carol signs in with a password and sees that her group has only requested the feature', async ({
  popup,
  serviceWorker,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.carol);
  await expect(popup.stateTitle).toHaveText('Your request is filed');
  await expect(
    popup.page.getByText('Cross-instance SSO was requested for your Instance Group.'),
  ).toBeVisible();
  const stores = await readExtensionStores(serviceWorker);
  expect(stores.indexedDB.groups).toEqual([expect.objectContaining({ crossInstanceSso: 'requested' })]);
});

test('bob, who is not an admin, is told so', async ({ popup }) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.bob);
  await expect(popup.stateTitle).toHaveText('For Outreach admins only');
  await expect(popup.page.getByText('bob@acme.test is not an admin')).toBeVisible();
});

test('tokens never reach IndexedDB, storage.local or any page', async ({ popup, serviceWorker, context }) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  const stores = await readExtensionStores(serviceWorker);
  const tokens = stores.session['auth.tokens'] as { accessToken: string; refreshToken: string };
  expect(tokens.accessToken.length).toBeGreaterThan(10);
  expect(tokens.refreshToken.length).toBeGreaterThan(10);

  const persisted = JSON.stringify([stores.indexedDB, stores.local]);
  const pages = await Promise.all(
    context.pages().map((page) =>
      page.evaluate(() => {
        let stored = '';
        try {
          stored = JSON.stringify({ ...localStorage });
        } catch {
          // Opaque origins have no localStorage.
        }
        return document.documentElement.outerHTML + stored;
      }),
    ),
  );
  for (const secret of [tokens.accessToken, tokens.refreshToken]) {
    expect(persisted).not.toContain(secret);
    for (const html of pages) expect(html).not.toContain(secret);
  }
});

test('a content script cannot read storage.session', async ({ context, sandbox, serviceWorker }) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolatedWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.auxData?.type === 'isolated' && created.origin.includes('outreach.localhost')) {
      isolatedWorlds.push(created.id);
    }
  });
  await cdp.send('Runtime.enable');
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.session.set({ probe: 'secret-probe' }),
  );
  await page.goto(sandbox.url('app.outreach', '/login'));
  await expect.poll(() => isolatedWorlds.length).toBeGreaterThan(0);
  const result = await cdp.send('Runtime.evaluate', {
    expression: `(async () => {
      try { return 'read: ' + JSON.stringify(await chrome.storage.session.get(null)); }
      catch (error) { return 'refused: ' + error.message; }
    })()`,
    contextId: isolatedWorlds[0],
    awaitPromise: true,
  });
  expect(String(result.result.value)).toMatch(/^refused: /);
  expect(String(result.result.value)).not.toContain('secret-probe');
});

test('after the service worker is stopped, the list is still served and sign-in state is intact', async ({
  popup,
  context,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await stopServiceWorker(popup.page);
  await popup.page.reload();
  await waitForServiceWorker(context);
  await expect(popup.options).toHaveCount(4);
  expect(await popup.menuItems()).toContain('Sign out');

  await popup.chooseFromMenu('Refresh');
  await expect(popup.page.getByText('Updated just now')).toBeVisible();
  await expect(popup.page.getByRole('status')).toHaveCount(0);
});

test('closing the popup during sign-in still completes it', async ({ popup, context }) => {
  await popup.open();
  await popup.button('Sign in').click();
  const window = await signInWindow(context);
  await popup.page.close();
  await completeSignIn(window, ACCOUNTS.jane);
  const again = await popup.open();
  await expect(again.options).toHaveCount(4);
});

test('a worker stopped mid-flow ends in a clean, retryable failure', async ({ popup, context }) => {
  await popup.open();
  await popup.button('Sign in').click();
  const stale = await signInWindow(context);
  await stopServiceWorker(popup.page);
  await popup.page.reload();
  await expect(popup.page.getByText(/Sign-in was interrupted/)).toBeVisible();
  // Chrome keeps the orphaned window open; while it is, a new sign-in is refused with words.
  await popup.button('Sign in').click();
  await expect(popup.page.getByText('A sign-in window is still open')).toBeVisible();
  await stale.close();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});

test('signing out forgets the tokens and keeps the non-secret cache', async ({ popup, serviceWorker }) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await popup.chooseFromMenu('Sign out');
  await popup.page.locator('.state').getByRole('button', { name: 'Sign out' }).click();
  await expect(popup.banner("You're signed out. Orgs still open through their own sign-in.")).toBeVisible();
  const stores = await readExtensionStores(serviceWorker);
  // Only the note that this client was granted a refresh token before (no secret) stays, so the
  // next sign-in needs no consent prompt.
  const { 'auth.offlineGrants': grants, ...rest } = stores.session;
  expect(rest).toEqual({});
  expect(grants).toEqual([
    expect.stringMatching(/^http:\/\/accounts\.outreach\.localhost:\d+ cross-instance-sign-in$/),
  ]);
  expect(cachedOrgs(stores)).toHaveLength(4);
});

test('the background refresh alarm is re-created when the worker starts', async ({
  popup,
  serviceWorker,
  context,
}) => {
  const alarms = (worker: typeof serviceWorker) =>
    worker.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.alarms.getAll());
  await expect
    .poll(() => alarms(serviceWorker))
    .toEqual([expect.objectContaining({ name: 'refresh-instances' })]);
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.alarms.clear('refresh-instances'),
  );
  await popup.open();
  await stopServiceWorker(popup.page);
  await popup.page.reload();
  const restarted = await waitForServiceWorker(context);
  await expect
    .poll(() => alarms(restarted))
    .toEqual([expect.objectContaining({ name: 'refresh-instances', periodInMinutes: 30 })]);
});
