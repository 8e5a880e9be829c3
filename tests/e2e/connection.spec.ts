import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/sign-in-window';
import { readExtensionStores } from './support/extension-storage';

test('the background signs in to the connection saved on the options page, and a change forgets the old account', async ({
  popup,
  options,
  sandbox,
  serviceWorker,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);

  await options.open('#connection');
  const connection = options.section('connection');
  await connection.getByLabel('Custom').check();
  await connection.getByLabel('Issuer (OpenID Connect)').fill(sandbox.url('accounts.outreach'));
  await connection.getByLabel('Client ID').fill('a-client-the-server-does-not-know');
  await options.button('Save connection').click();
  await expect(connection.getByText('Connection saved.')).toBeVisible();

  // Another client: jane's tokens, list and sessions are forgotten.
  await expect
    .poll(async () => {
      const stores = await readExtensionStores(serviceWorker);
      return [stores.session['auth.tokens'] ?? null, stores.indexedDB.instances?.length ?? 0];
    })
    .toEqual([null, 0]);
  await popup.page.reload();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
  // The authorization server refuses the unknown client, so sign-in goes there and fails.
  await popup.button('Sign in').click();
  await expect(popup.page.getByText('The sign-in server could not be reached')).toBeVisible();

  await options.page.bringToFront();
  await connection.getByLabel('Sandbox (local test server)').check();
  await options.button('Save connection').click();
  await expect(connection.getByText('Connection saved.')).toBeVisible();
  await popup.page.bringToFront();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});
