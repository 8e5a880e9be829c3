import { expect, test } from './fixtures';
import { readExtensionStores } from './support/extension-storage';

// First run (issue 10): the welcome page on install, the root email asked once, and the sign-in
// window that then knows it.

test('on install a welcome page says what the extension does, how to pin it, the shortcut, and asks the root email once', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find((page) => page.url() === welcomeUrl) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl }));
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Cross-Instance Sign-in');
  await expect(welcome.getByText(/switch between your linked Outreach orgs/)).toBeVisible();
  await expect(welcome.getByText(/puzzle-piece icon/)).toBeVisible();
  await expect(welcome.getByText(/^Alt\+Shift\+O opens the org you used last/)).toBeVisible();

  const field = welcome.getByLabel('Root email', { exact: true });
  await field.fill('jane.doe+staging@acme.test');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome.getByRole('status')).not.toHaveText(/^Saved/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('Jane.Doe@acme.test');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome.getByRole('status')).toHaveText(
    /^Saved\. The sign-in page will suggest jane\.doe@acme\.test/i,
  );
  const stores = await readExtensionStores(serviceWorker);
  const settings = stores.local.settings as { rootEmailHint: string };
  expect(settings.rootEmailHint.toLowerCase()).toBe('jane.doe@acme.test');
  // Not a secret, and nothing else: the hint is the only thing the welcome page stored.
  await welcome.reload();
  await expect(field).toHaveValue(/jane\.doe@acme\.test/i);
});

test('the sign-in window gets the saved root email as login_hint', async ({
  popup,
  context,
  extensionId,
  serviceWorker,
}) => {
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.getByLabel('Root email', { exact: true }).fill('jane.doe@acme.test');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome.getByRole('status')).toHaveText(/^Saved/);

  // The URL the worker hands to identity.launchWebAuthFlow (the window loads it before any page
  // event could be watched).
  await serviceWorker.evaluate(() => {
    type Identity = { launchWebAuthFlow: (details: { url: string }) => Promise<string> };
    const scope = globalThis as unknown as {
      chrome: { identity: Identity };
      browser?: { identity: Identity };
      authUrls: string[];
    };
    scope.authUrls = [];
    for (const identity of new Set([scope.chrome.identity, scope.browser?.identity])) {
      if (!identity) continue;
      const original = identity.launchWebAuthFlow.bind(identity);
      identity.launchWebAuthFlow = (details) => {
        scope.authUrls.push(details.url);
        return original(details);
      };
    }
  });
  await popup.open();
  await popup.button('Sign in').click();
  const authUrls = () =>
    serviceWorker.evaluate(() => (globalThis as unknown as { authUrls: string[] }).authUrls);
  await expect.poll(async () => (await authUrls()).length).toBeGreaterThan(0);
  const [authorizeUrl] = await authUrls();
  expect(new URL(authorizeUrl!).searchParams.get('login_hint')).toBe('jane.doe@acme.test');
});
