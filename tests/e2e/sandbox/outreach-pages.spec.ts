import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS, PASSWORDS } from '../../../sandbox/fixtures';
import { useOutreachSwitches } from '../support/outreach-routes';
import { continueWithEmail, countPasswordPages, expectApp, passAcmeSso, pickOrg } from './outreach-support';

test('react login: a plain .value assignment is lost; the native setter with an input event is kept', async ({
  page,
  context,
  sandbox,
}) => {
  await useOutreachSwitches(context, { login: 'react' });
  await page.goto(sandbox.url('login.outreach', '/'));
  const field = page.getByLabel('Email address');

  await field.evaluate((input: HTMLInputElement) => {
    input.value = 'carol@globex.test';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your email address.');
  await expect(field).toHaveValue('');

  await field.evaluate((input: HTMLInputElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'carol@globex.test');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(sandbox.url('login.outreach', '/password'));
  await expect(page.getByTestId('login-email')).toHaveText('carol@globex.test');
  await expect(page.locator('form')).toHaveCount(0);
  await page.getByLabel('Password').fill(PASSWORDS.carol);
  await page.getByLabel('Password').press('Enter');
  await expectApp(
    page,
    sandbox.url('web.outreach', '').replace(/\/$/, ''),
    'Globex Production',
    'carol@globex.test',
  );
});

test('login errors: an unknown email and a wrong password are said on the page', async ({
  page,
  sandbox,
}) => {
  await page.goto(sandbox.url('login.outreach', '/'));
  await continueWithEmail(page, 'nobody@globex.test');
  await expect(page.getByRole('alert')).toHaveText("We couldn't find an account with that email.");
  await continueWithEmail(page, 'dave@initech.test');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
});

test('legacy Devise page: user_email, then user_password, then the selection window (dave: no dave-staging)', async ({
  page,
  sandbox,
}) => {
  await page.goto(sandbox.url('accounts.outreach', '/users/sign_in'));
  await page.locator('input#user_email').fill('dave@initech.test');
  await page.locator('input#user_email').press('Enter');
  await page.locator('input#user_password').fill(PASSWORDS.dave);
  await page.locator('input#user_password').press('Enter');
  await expect(page).toHaveURL(sandbox.url('accounts.outreach', '/users/instances'));
  await expect(page.getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('radio', { name: 'Initech Staging' })).toHaveCount(0);
  await pickOrg(page, 'radios', 'Initech Test');
  await expectApp(
    page,
    sandbox.url('web.outreach', '').replace(/\/$/, ''),
    'Initech Test',
    'dave+test@initech.test',
  );
});

test('legacy Devise page with SSO, then the page moves: the legacy URL lands on login.outreach with the IdP session kept', async ({
  page,
  context,
  sandbox,
}) => {
  const passwords = countPasswordPages(page);
  await page.goto(sandbox.url('accounts.outreach', '/users/sign_in'));
  await page.locator('input#user_email').fill('jane.doe+staging2@acme.test');
  await page.getByRole('button', { name: 'Next' }).click();
  await passAcmeSso(page, IDP_PASSWORDS.jane);
  const web = sandbox.url('web.outreach', '').replace(/\/$/, '');
  await expectApp(page, web, 'Acme Staging 2', 'jane.doe+staging2@acme.test');

  await page.goto(`${web}/logout`);
  await useOutreachSwitches(context, { legacy: 'moved', select: 'select' });
  await page.goto(sandbox.url('accounts.outreach', '/users/sign_in'));
  await expect(page).toHaveURL(sandbox.url('login.outreach', '/'));
  await continueWithEmail(page, 'jane.doe@acme.test');
  await pickOrg(page, 'select', 'Acme A4 Test');
  await expectApp(page, web, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
  expect(passwords()).toBe(1);
});

test('selection window by keyboard: cards pick with Enter, tiles with Space', async ({
  page,
  context,
  sandbox,
}) => {
  for (const [select, key] of [
    ['cards', 'Enter'],
    ['tiles', 'Space'],
  ] as const) {
    await useOutreachSwitches(context, { select });
    await page.goto(sandbox.url('login.outreach', '/'));
    await continueWithEmail(page, 'dave@initech.test');
    await page.getByLabel('Password').fill(PASSWORDS.dave);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const next = page.getByRole('button', { name: 'Next' });
    await expect(next).toBeDisabled();
    const choice = page.locator(select === 'cards' ? '[role=option]' : '[role=button][data-value]').nth(1);
    await choice.focus();
    await page.keyboard.press(key);
    await expect(choice).toHaveAttribute(select === 'cards' ? 'aria-selected' : 'aria-pressed', 'true');
    await next.click();
    await expectApp(
      page,
      sandbox.url('web.outreach', '').replace(/\/$/, ''),
      'Initech Test',
      'dave+test@initech.test',
    );
    await page.goto(sandbox.url('web.outreach', '/logout'));
  }
});

test('Org info: Cross-instance SSO status and Instance Group ID for an admin', async ({ page, sandbox }) => {
  await page.goto(sandbox.url('login.outreach', '/'));
  await continueWithEmail(page, 'dave+test@initech.test');
  await page.getByLabel('Password').fill(PASSWORDS.dave);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Org info' })).toBeVisible();
  await expect(page.getByTestId('cross-instance-status')).toHaveText('Enabled');
  await expect(page.getByTestId('instance-group-id')).toHaveText('ig_initech_9d04');
  await expect(page.getByRole('region', { name: 'Cross-instance SSO' }).getByRole('row')).toHaveCount(4);
});

test('fault markups: an unlabelled email step, an empty selection window, an app that names no org', async ({
  page,
  context,
  sandbox,
}) => {
  await useOutreachSwitches(context, { login: 'unlabelled', select: 'empty', app: 'unmarked' });
  await page.goto(sandbox.url('login.outreach', '/'));
  await expect(page.getByLabel(/email/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await page.getByPlaceholder('you@company.com').fill('dave@initech.test');
  await page.getByRole('button', { name: '→' }).click();
  await page.getByLabel('Password').fill(PASSWORDS.dave);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Select an org' })).toBeVisible();
  await expect(page.getByText('Loading orgs…')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(page.getByText('Initech Test')).toHaveCount(0);

  await page.goto(sandbox.url('web.outreach', '/logout'));
  await page.getByPlaceholder('you@company.com').fill('dave+test@initech.test');
  await page.getByRole('button', { name: '→' }).click();
  await page.getByLabel('Password').fill(PASSWORDS.dave);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(sandbox.url('web.outreach', '/'));
  await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
  await expect(page.getByText('Initech Test')).toHaveCount(0);
  await expect(page.getByText('dave+test@initech.test')).toHaveCount(0);
  await expect(page).toHaveTitle('Home · Outreach');
});
