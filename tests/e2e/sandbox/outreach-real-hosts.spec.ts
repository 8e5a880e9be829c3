import { expect, test } from '@playwright/test';
import { IDP_PASSWORDS } from '../../../sandbox/fixtures';
import { REAL_OUTREACH, routeOutreach } from '../support/outreach-routes';
import { continueWithEmail, expectApp, passAcmeSso, pickOrg } from './outreach-support';

test('real host names, no network: root sign-in → selection window → Next → app; alias login → app', async ({
  page,
  context,
}) => {
  const routes = await routeOutreach(context);
  // No network: every request the page makes is one the routes answered, and none failed for want
  // of a host (a redirect page's request may count as aborted when it navigates on).
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) =>
    requested.push(new URL(request.url()).origin + new URL(request.url()).pathname),
  );
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`${request.failure()?.errorText} ${request.url()}`);
  });

  await page.goto('https://web.outreach.io/');
  await expect(page).toHaveURL('https://login.outreach.io/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await continueWithEmail(page, 'jane.doe@acme.test');
  await expect(page).toHaveURL(/^https:\/\/idp\.acme\.example\/saml\/login\?/);
  await passAcmeSso(page, IDP_PASSWORDS.jane);

  await expect(page).toHaveURL('https://login.outreach.io/instances');
  await pickOrg(page, 'radios', 'Acme Staging 2');
  await expectApp(page, REAL_OUTREACH.web, 'Acme Staging 2', 'jane.doe+staging2@acme.test');

  const session = (await context.cookies('https://web.outreach.io/')).find(
    (c) => c.name === 'outreach_session',
  );
  expect(session).toMatchObject({ domain: 'web.outreach.io', httpOnly: true, secure: true, sameSite: 'Lax' });
  expect((await context.cookies('https://idp.acme.example/')).map((c) => c.name)).toContain('acme_sso');

  await page.goto('https://web.outreach.io/admin/org-info');
  await expect(page.getByTestId('instance-group-id')).toHaveText('ig_acme_7f3a');
  await page.getByText('Acme Staging 2', { exact: true }).first().click();
  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('https://login.outreach.io/');
  expect(await context.cookies('https://web.outreach.io/')).toEqual([]);

  await continueWithEmail(page, 'jane.doe+a4test@acme.test');
  await expectApp(page, REAL_OUTREACH.web, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
  expect(routes.passwordPrompts()).toBe(1);
  expect(failed).toEqual([]);
  const served = new Set(routes.log.map((entry) => entry.url));
  expect(requested.filter((url) => !served.has(url))).toEqual([]);
  expect(
    routes.log.every((entry) => /^https:\/\/(\w+\.outreach\.io|idp\.acme\.example)\//.test(entry.url)),
  ).toBe(true);
});

test('real host names: the React-style login and a card selection window work with real typing', async ({
  page,
  context,
}) => {
  await routeOutreach(context, { switches: { login: 'react', select: 'cards' } });
  await page.goto('https://login.outreach.io/');
  await expect(page.locator('form')).toHaveCount(0);
  await continueWithEmail(page, 'jane.doe@acme.test');
  await passAcmeSso(page, IDP_PASSWORDS.jane);
  await pickOrg(page, 'cards', 'Acme Production');
  await expectApp(page, REAL_OUTREACH.web, 'Acme Production', 'jane.doe@acme.test');
});

test('real host names: the legacy Devise URL redirects to login.outreach.io once the login page moved', async ({
  page,
  context,
}) => {
  const routes = await routeOutreach(context);
  await page.goto('https://accounts.outreach.io/users/sign_in');
  await expect(page.locator('input#user_email')).toBeVisible();

  routes.setSwitches({ legacy: 'moved' });
  await page.goto('https://accounts.outreach.io/users/sign_in');
  await expect(page).toHaveURL('https://login.outreach.io/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('real host names: a shard host serves the app, and other outreach.io hosts answer 404', async ({
  page,
  context,
}) => {
  await routeOutreach(context);
  await page.goto('https://app1a.outreach.io/prospects/12/overview');
  await expect(page).toHaveURL('https://login.outreach.io/');
  const api = await page.goto('https://api.outreach.io/api/v2');
  expect(api?.status()).toBe(404);
  const oidc = await page.goto('https://accounts.outreach.io/.well-known/openid-configuration');
  expect(oidc?.status()).toBe(404);
});
