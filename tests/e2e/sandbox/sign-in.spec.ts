import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS, PASSWORDS } from '../../../sandbox/fixtures';
import { countIdpPasswordPages, passIdp, submitAppLogin } from './support';

test('jane: root SSO sign-in, selection window, then an alias sign-in passes SSO without a password', async ({
  page,
  context,
  sandbox,
}) => {
  const idpPasswordPages = countIdpPasswordPages(page);

  await page.goto(sandbox.url('app.outreach', '/'));
  await expect(page).toHaveURL(sandbox.url('app.outreach', '/login'));

  await submitAppLogin(page, 'jane.doe@acme.test');
  await expect(page.getByRole('heading', { name: 'Acme SSO' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('jane.doe@acme.test');
  await passIdp(page, IDP_PASSWORDS.jane);

  await expect(page.getByRole('heading', { name: 'Select an org' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(4);
  for (const name of ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2']) {
    await expect(page.getByRole('radio', { name: new RegExp(`^${name} \\(`) })).toHaveCount(1);
  }
  await page.getByRole('radio', { name: /^Acme Staging \(jane\.doe\+staging@/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(sandbox.url('app.outreach', '/'));
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+staging@acme.test');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Staging');

  const cookies = await context.cookies(sandbox.url('app.outreach', '/'));
  expect(cookies.find((c) => c.name === 'outreach_session')).toMatchObject({
    httpOnly: true,
    domain: 'app.outreach.localhost',
    sameSite: 'Lax',
  });
  expect(cookies.find((c) => c.name === 'outreach_org')).toMatchObject({
    httpOnly: false,
    domain: '.outreach.localhost',
    value: 'org_acme_staging',
  });

  await page.getByRole('link', { name: 'Org info' }).click();
  await expect(page.getByTestId('cross-instance-status')).toHaveText('enabled');
  await expect(page.getByTestId('instance-group-id')).toHaveText('ig_acme_7f3a');
  await expect(page.getByTestId('cross-instance-sso').getByRole('row')).toHaveCount(5);

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(sandbox.url('app.outreach', '/login'));
  await page.goto(sandbox.url('app.outreach', '/'));
  await expect(page).toHaveURL(sandbox.url('app.outreach', '/login'));

  // An alias login: SSO with the root's IdP session, no password, no selection window.
  await submitAppLogin(page, 'jane.doe+a4test@acme.test');
  await expect(page).toHaveURL(sandbox.url('app.outreach', '/'));
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+a4test@acme.test');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme A4 Test');

  expect(idpPasswordPages()).toBe(1);
});

test('carol signs in with a password; Org info shows cross-instance SSO requested', async ({
  page,
  sandbox,
}) => {
  await submitAppLogin(page, 'carol@globex.test');
  await expect(page).toHaveURL(/^http:\/\/accounts\.outreach\.localhost:\d+\/interaction\//);
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong password.');
  await page.getByLabel('Password').fill(PASSWORDS.carol);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // `requested` is not enabled: no selection window.
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as carol@globex.test');
  await page.goto(sandbox.url('app.outreach', '/admin/org-info'));
  await expect(page.getByRole('heading', { name: 'Cross-instance SSO' })).toBeVisible();
  await expect(page.getByTestId('cross-instance-status')).toHaveText('requested');
  await expect(page.getByTestId('instance-group-id')).toHaveText('ig_globex_21c8');
});

test('bob (not an admin) has no cross-instance section on Org info', async ({ page, sandbox }) => {
  await submitAppLogin(page, 'bob@acme.test');
  await passIdp(page, IDP_PASSWORDS.bob);
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as bob@acme.test');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Production');
  await page.goto(sandbox.url('app.outreach', '/admin/org-info'));
  await expect(page.getByRole('heading', { name: 'Org info' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cross-instance SSO' })).toHaveCount(0);
  await expect(page.getByTestId('cross-instance-status')).toHaveCount(0);
});

test('dave: the selection window lists only + aliases (not dave-staging@)', async ({ page }) => {
  await submitAppLogin(page, 'dave@initech.test');
  await page.getByLabel('Password').fill(PASSWORDS.dave);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Select an org' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(2);
  await expect(page.getByText('dave-staging@initech.test')).toHaveCount(0);
});

test('test pages: look-alike logins, the framed login and the hidden-input variant', async ({
  page,
  sandbox,
}) => {
  for (const host of ['evil', 'evil.outreach']) {
    await page.goto(sandbox.url(host, '/login'));
    await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username');
    await expect(page.locator('form')).toHaveAttribute('action', '/nowhere');
  }
  await page.goto(sandbox.url('evil', '/frame'));
  const frame = page.frameLocator('iframe');
  await expect(frame.getByLabel('Email')).toBeVisible();

  await page.goto(sandbox.url('app.outreach', '/login?variant=hidden'));
  await expect(page.locator('input[name="email"]')).toBeHidden();
  await expect(page.getByTestId('decoy')).toBeVisible();
});
