import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS, PASSWORDS } from '../../../sandbox/fixtures';
import { LOGIN_MARKUPS, SELECT_MARKUPS } from '../../../sandbox/outreach/switches';
import { useOutreachSwitches } from '../support/outreach-routes';
import {
  continueWithEmail,
  countPasswordPages,
  expectApp,
  offeredOrgs,
  passAcmeSso,
  pickOrg,
} from './outreach-support';

const ACME_ORGS = ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'];

for (const login of LOGIN_MARKUPS) {
  for (const select of SELECT_MARKUPS) {
    test(`outreach mode, ${login} login × ${select} selection: root SSO → pick → app; alias → app, one password`, async ({
      page,
      context,
      sandbox,
    }) => {
      await useOutreachSwitches(context, { login, select });
      const web = sandbox.url('web.outreach', '').replace(/\/$/, '');
      const passwords = countPasswordPages(page);

      await page.goto(`${web}/`);
      await expect(page).toHaveURL(sandbox.url('login.outreach', '/'));
      await expect(page).toHaveTitle('Outreach');
      await expect(page.getByRole('heading', { level: 2, name: 'Sign in' })).toBeVisible();
      expect(await page.locator('form').count()).toBe(login === 'form' ? 1 : 0);
      await continueWithEmail(page, 'jane.doe@acme.test');
      await passAcmeSso(page, IDP_PASSWORDS.jane);

      await expect(page).toHaveURL(sandbox.url('login.outreach', '/instances'));
      expect(await offeredOrgs(page, select)).toEqual(ACME_ORGS);
      await pickOrg(page, select, 'Acme Staging');
      await expectApp(page, web, 'Acme Staging', 'jane.doe+staging@acme.test');

      await page.getByText('Acme Staging', { exact: true }).click();
      await page.getByRole('link', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(sandbox.url('login.outreach', '/'));

      await continueWithEmail(page, 'jane.doe+a4test@acme.test');
      await expectApp(page, web, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
      expect(passwords()).toBe(1);
    });
  }
}

test('outreach mode: the app session cookie is host-only and HttpOnly on the web host', async ({
  page,
  context,
  sandbox,
}) => {
  await page.goto(sandbox.url('login.outreach', '/'));
  await continueWithEmail(page, 'carol@globex.test');
  await page.getByLabel('Password').fill(PASSWORDS.carol);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // carol's group is only `requested`: no selection window.
  await expectApp(
    page,
    sandbox.url('web.outreach', '').replace(/\/$/, ''),
    'Globex Production',
    'carol@globex.test',
  );
  const cookies = await context.cookies(sandbox.url('web.outreach', '/'));
  expect(cookies.find((c) => c.name === 'outreach_session')).toMatchObject({
    httpOnly: true,
    domain: 'web.outreach.localhost',
    sameSite: 'Lax',
    secure: false,
  });
  expect((await context.cookies(sandbox.url('login.outreach', '/'))).map((c) => c.name)).not.toContain(
    'outreach_login',
  );
});
