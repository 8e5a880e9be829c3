import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS } from '../../../sandbox/fixtures';
import { sandboxControl } from '../support/sandbox';
import { continueWithEmail, passAcmeSso } from './outreach-support';
import { hostFetch } from './support';

test.afterEach(async () => {
  await sandboxControl('DELETE', '/__sandbox/outreach');
});

test('global Outreach switches: markups for every browser, invalid switches refused, reset by DELETE', async ({
  page,
  sandbox,
}) => {
  expect((await sandboxControl('POST', '/__sandbox/outreach', { select: 'wizard' })).status).toBe(400);
  const set = await sandboxControl('POST', '/__sandbox/outreach', { login: 'react', select: 'tiles' });
  expect(set).toMatchObject({ status: 200, json: { login: 'react', select: 'tiles', legacy: 'devise' } });

  await page.goto(sandbox.url('login.outreach', '/'));
  await expect(page.locator('form')).toHaveCount(0);
  await continueWithEmail(page, 'jane.doe@acme.test');
  await passAcmeSso(page, IDP_PASSWORDS.jane);
  await expect(page.locator('[role=button][data-value]')).toHaveCount(4);

  await sandboxControl('DELETE', '/__sandbox/outreach');
  expect((await sandboxControl('GET', '/__sandbox/outreach')).json).toMatchObject({
    select: 'radios',
    exclusive: false,
  });
});

test('exclusive: no OpenID discovery and no directory, while Outreach pages still answer', async () => {
  expect((await hostFetch('accounts.outreach', '/.well-known/openid-configuration')).status).toBe(200);
  await sandboxControl('POST', '/__sandbox/outreach', { exclusive: true });
  expect((await hostFetch('accounts.outreach', '/.well-known/openid-configuration')).status).toBe(404);
  expect((await hostFetch('api.outreach', '/cross-instance/v1/instance-group')).status).toBe(404);
  expect((await hostFetch('accounts.outreach', '/users/sign_in')).status).toBe(200);
  expect((await hostFetch('login.outreach', '/')).status).toBe(200);
});

test('idpDown: the SSO redirect lands on an error page', async ({ page, sandbox }) => {
  await sandboxControl('POST', '/__sandbox/outreach', { idpDown: true });
  await page.goto(sandbox.url('login.outreach', '/'));
  await continueWithEmail(page, 'jane.doe@acme.test');
  await expect(page.getByRole('heading', { name: 'Service unavailable' })).toBeVisible();
});
