import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/sign-in-window';
import { cachedOrgs, readExtensionStores } from './support/extension-storage';

test('Test connection gives one result per check for the sandbox’s sign-in server', async ({ options }) => {
  await options.open('#connection');
  await options.button('Test connection').click();
  const results = options
    .section('connection')
    .getByRole('list', { name: 'Connection test' })
    .getByRole('listitem');
  await expect(results).toHaveCount(5);
  for (const [check, words] of [
    ['reachable', 'Reachable: accounts.outreach.localhost'],
    ['discovery', 'OpenID discovery'],
    ['issuer', 'Issuer: the server calls itself by the issuer you entered'],
    ['pkce', 'PKCE: the server supports S256'],
    ['redirect', 'Redirect URI: the server accepts'],
  ] as const) {
    await expect(results.and(options.page.locator(`[data-check="${check}"]`))).toContainText(`OK ${words}`);
  }
});

test('Test connection names an unknown client id', async ({ options, sandbox }) => {
  await options.open('#connection');
  const connection = options.section('connection');
  await connection.getByLabel('Custom').check();
  await connection.getByLabel('Issuer (OpenID Connect)').fill(sandbox.url('accounts.outreach'));
  await connection.getByLabel('Client ID').fill('nobody-knows-me');
  await options.button('Test connection').click();
  await expect(connection.locator('[data-check="redirect"]')).toContainText(
    'Problem Client id: the server does not accept the client id “nobody-knows-me”',
  );
});

test('a connection change that signs out asks first and says what goes; the old account is then forgotten', async ({
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
  const confirm = options.page.getByRole('alertdialog', { name: 'Saving this connection signs you out' });
  await expect(confirm).toContainText('You will be signed out (jane.doe@acme.test).');
  await expect(confirm).toContainText('The cached list of 4 orgs and their saved sessions will be cleared.');
  await confirm.getByRole('button', { name: 'Keep the current connection' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await readExtensionStores(serviceWorker)).session['auth.tokens']).toBeTruthy();

  await options.button('Save connection').click();
  await options.page.getByRole('button', { name: 'Save and sign out' }).click();
  await expect(connection.getByText('Connection saved.')).toBeVisible();
  await expect
    .poll(async () => {
      const stores = await readExtensionStores(serviceWorker);
      return [stores.session['auth.tokens'] ?? null, cachedOrgs(stores).length];
    })
    .toEqual([null, 0]);
  await popup.page.reload();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');

  await options.page.bringToFront();
  await connection.getByLabel('Sandbox (local test server)').check();
  await options.button('Save connection').click();
  await expect(connection.getByText('Connection saved.')).toBeVisible();
  await popup.page.bringToFront();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});
