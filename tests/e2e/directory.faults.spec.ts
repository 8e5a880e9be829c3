import { expect, test } from './fixtures';
import { ACCOUNTS, completeSignIn, nextSignInWindow } from './pages/sign-in-window';
import { readExtensionStores } from './support/extension-storage';

// Each sandbox fault, met by the extension: the state it gives, and the last good list kept.
// Faults are global to the sandbox, so this file runs in the `faults` project, alone.

test.describe('directory faults keep the last good list and say what happened', () => {
  for (const [fault, words] of [
    ['error', /The instance directory .*(500|server)/i],
    ['malformed', /not valid JSON/],
    ['huge', /more than 50,000,000 bytes/],
  ] as const) {
    test(`directory ${fault}`, async ({ popup, sandbox }) => {
      await popup.openSignedInAsJane();
      await sandbox.setFaults({ directory: fault });
      await popup.chooseFromMenu('Refresh');
      await expect(popup.page.getByRole('status').filter({ hasText: words })).toBeVisible();
      await expect(popup.page.getByText(/Showing the list from/)).toBeVisible();
      await expect(popup.options).toHaveCount(4);
    });
  }

  test('directory slower than the 10 s client timeout', async ({ popup, sandbox }) => {
    test.setTimeout(45_000);
    await popup.openSignedInAsJane();
    await sandbox.setFaults({ directory: 'slow', slowMs: 15_000 });
    await popup.chooseFromMenu('Refresh');
    await expect(popup.page.getByRole('status').filter({ hasText: /within 10 seconds/ })).toBeVisible({
      timeout: 15_000,
    });
    await expect(popup.options).toHaveCount(4);
  });

  test('a hostile payload: bad entries dropped with reasons, good ones kept', async ({
    popup,
    sandbox,
    serviceWorker,
  }) => {
    await popup.openSignedInAsJane();
    await sandbox.setFaults({ directory: 'hostile' });
    await popup.chooseFromMenu('Refresh');
    await expect(popup.page.getByText(/entries were left out because they failed checks/)).toBeVisible();
    const stores = await readExtensionStores(serviceWorker);
    const [group] = stores.indexedDB.groups as { dropped: { reasons: string[] }[] }[];
    const reasons = group!.dropped.flatMap((entry) => entry.reasons).join('\n');
    expect(reasons).toMatch(/javascript:/);
    expect(reasons).toMatch(/evil\.example|not allowed|allowed hosts/);
    expect(reasons).toMatch(/'-'/);
    const kept = await popup.options.allTextContents();
    expect(kept.length).toBeGreaterThan(0);
    for (const text of kept) expect(text).not.toMatch(/javascript:|evil/);
  });

  test('401 from the directory: one silent refresh, then sign in again', async ({ popup, sandbox }) => {
    await popup.openSignedInAsJane();
    await sandbox.setFaults({ directory: 'unauthorized' });
    await popup.chooseFromMenu('Refresh');
    // The list stays openable (alias logins need no root token), with Sign in again.
    await expect(popup.banner(/^Your session has expired/)).toBeVisible();
    await expect(popup.options).toHaveCount(4);
    await expect(popup.button('Sign in again')).toBeVisible();
  });
});

test('the authorization server down: sign-in says the server cannot be reached', async ({
  popup,
  sandbox,
}) => {
  await popup.open();
  await sandbox.setFaults({ authServerDown: true });
  await popup.button('Sign in').click();
  // The sandbox's "down" answers 503: the server is there but failing (issue 16 tells that apart
  // from a server that cannot be reached at all).
  await expect(
    popup.page.getByText(/^The sign-in server (had a problem of its own|could not be reached)/),
  ).toBeVisible();
  await sandbox.resetFaults();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});

test('the IdP down: Chrome ends the flow on the error page and the popup says so', async ({
  popup,
  sandbox,
  context,
}) => {
  await popup.open();
  await sandbox.setFaults({ idpDown: true });
  const window = await nextSignInWindow(context, () => popup.button('Sign in').click());
  await window.getByLabel('Email').fill(ACCOUNTS.jane.email);
  await window.getByRole('button', { name: 'Next' }).click();
  // launchWebAuthFlow fails the flow when a page of it answers with an HTTP error.
  // The sandbox's "down" answers 503: the server is there but failing (issue 16 tells that apart
  // from a server that cannot be reached at all).
  await expect(
    popup.page.getByText(/^The sign-in server (had a problem of its own|could not be reached)/),
  ).toBeVisible();
  await sandbox.resetFaults();
  const retry = await nextSignInWindow(context, () => popup.button('Sign in').click());
  await completeSignIn(retry, ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});
