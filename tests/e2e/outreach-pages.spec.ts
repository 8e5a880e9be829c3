import { expect, routeOutreachSwitches, test } from './support/outreach-extension';
import {
  ROOT,
  expectOrg,
  openOrg,
  pickByHand,
  saveOfferInPage,
  saveOfferInPopup,
  signInOnOutreach,
} from './support/outreach-journey';
import { sandboxUrl } from './support/env';
import { readExtensionStores } from './support/extension-storage';
import type { LoginMarkup, SelectMarkup } from '../../sandbox/outreach/switches';

// The whole Outreach-pages journey on the Outreach-shaped sandbox, with the outreach-sandbox build:
// sign in once on Outreach's pages → the selection window's orgs become the list → alias switch →
// the root org through the selection window → back instantly; one password prompt in all.

const origin = (host: string) => sandboxUrl(host).replace(/\/$/, '');

const JOURNEYS: [LoginMarkup, SelectMarkup][] = [
  ['form', 'radios'],
  ['react', 'cards'],
  ['react', 'tiles'],
  ['form', 'select'],
  ['react', 'links'],
];

for (const [login, select] of JOURNEYS) {
  test(`${login} login × ${select} selection window: sign in once, list captured, alias, root, back instantly`, async ({
    context,
    popup,
    passwordPages,
  }) => {
    test.setTimeout(90_000);
    await routeOutreachSwitches(context, { login, select });
    const tab = await signInOnOutreach(popup, origin('login.outreach'));
    await saveOfferInPopup(popup);
    await pickByHand(tab, select, 'Acme Production');
    await expectOrg(tab, 'Acme Production', ROOT);

    expect(await openOrg(popup, tab, 'Acme Staging')).toEqual({ tabId: expect.any(Number), restored: false });
    await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');

    expect((await openOrg(popup, tab, 'Acme Production')).restored).toBe(false);
    await expectOrg(tab, 'Acme Production', ROOT);

    // Staging's session was saved when the switch left it: back in one page load, no login page.
    const loads: string[] = [];
    tab.on('framenavigated', (frame) => frame === tab.mainFrame() && loads.push(new URL(frame.url()).host));
    expect((await openOrg(popup, tab, 'Acme Staging')).restored).toBe(true);
    await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');
    expect(loads.every((host) => host.startsWith('web.outreach.localhost'))).toBe(true);

    await popup.page.reload();
    await expect(popup.option(/Acme Staging\b(?! 2)/)).toBeVisible();
    expect(passwordPages).toEqual(['/saml/login']);
  });
}

test('open this page in another org: the path is kept where the org has it, else the start page', async ({
  context,
  popup,
}) => {
  test.setTimeout(90_000);
  await routeOutreachSwitches(context, { login: 'form', select: 'radios' });
  const tab = await signInOnOutreach(popup, origin('login.outreach'));
  await saveOfferInPopup(popup);
  await pickByHand(tab, 'radios', 'Acme Production');
  await expectOrg(tab, 'Acme Production', ROOT);
  const web = origin('web.outreach');
  const keepPageTo = async (orgName: string) => {
    type Listed = { value: { group: { instances: { orgId: string; name: string }[] } } };
    const listed = (await popup.request({ type: 'listInstances' })) as Listed;
    const org = listed.value.group.instances.find((instance) => instance.name === orgName)!;
    await tab.bringToFront();
    await popup.request({ type: 'openInstance', orgId: org.orgId, where: 'current', keepPage: true });
  };

  // Staging has prospect 123 (alias login, then the kept page).
  await tab.goto(`${web}/prospects/123/overview?tab=emails`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
  await keepPageTo('Acme Staging');
  await expect(tab).toHaveURL(`${web}/prospects/123/overview?tab=emails`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace (staging copy)');
  await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');

  // Acme A4 Test lacks it: the app says "Page not found" (404), and the switch opens its start page.
  const statuses: number[] = [];
  tab.on('response', (response) => {
    if (response.url().startsWith(`${web}/prospects/123/overview`)) statuses.push(response.status());
  });
  await keepPageTo('Acme A4 Test');
  await expect(tab).toHaveURL(`${web}/`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Home');
  await expectOrg(tab, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
  expect(statuses).toContain(404);

  // A restored session (production's, saved on leaving) opens a page it has at once.
  await tab.goto(`${web}/sequences/4/overview`);
  await keepPageTo('Acme Production');
  await expect(tab).toHaveURL(`${web}/sequences/4/overview`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Q4 outbound');
  await expectOrg(tab, 'Acme Production', ROOT);
});

test('the in-page offer saves the list with a real click; orgs without a tag go through the root', async ({
  context,
  popup,
}) => {
  await routeOutreachSwitches(context, { login: 'form', select: 'radios' });
  const tab = await signInOnOutreach(popup, origin('login.outreach'));
  await saveOfferInPage(tab);
  await popup.page.reload();
  await expect(popup.options).toHaveCount(4);
  // No tag was given: every org signs in with the root email and is picked in the selection window.
  await pickByHand(tab, 'radios', 'Acme Production');
  await expectOrg(tab, 'Acme Production', ROOT);
  await openOrg(popup, tab, 'Acme Staging 2');
  await expect(tab.getByTestId('account-org-name')).toHaveText('Acme Staging 2');
});

test('a login page the adapter cannot read stops the switch, says what to do, and offers a page report without values', async ({
  context,
  popup,
  serviceWorker,
}) => {
  test.setTimeout(60_000);
  const odd = sandboxUrl('login.outreach', '/verify');
  await context.route(odd, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<title>Outreach</title><h2>Verify it is you</h2><p>Private page text</p>
        <input name="code" value="SECRET-4821" aria-label="Code"><button type="button">Verify</button>`,
    }),
  );
  const list = {
    version: 1,
    rootEmail: ROOT,
    instances: [
      { name: 'Acme Production', tag: '', environment: 'production', primary: true },
      { name: 'Acme Staging', tag: 'staging', environment: 'staging', loginUrl: odd },
    ],
  };
  await popup.open();
  expect(await popup.request({ type: 'setManualInstances', list })).toMatchObject({ value: { ok: true } });
  const tab = await context.newPage();
  await tab.goto(sandboxUrl('web.outreach'));
  await tab.bringToFront();
  await openOrg(popup, tab, 'Acme Staging');
  await expect(tab).toHaveURL(odd);
  await expect
    .poll(async () => (await readExtensionStores(serviceWorker)).session['switch.error'], { timeout: 20_000 })
    .toMatchObject({
      kind: 'switch-failed',
      message: expect.stringContaining('Type it on the login page yourself'),
    });
  await expect(tab.getByLabel('Code')).toHaveValue('SECRET-4821');

  await popup.page.reload();
  await expect(popup.banner('did not show its sign-in form')).toBeVisible();
  const report = (await readExtensionStores(serviceWorker)).session['switch.pageReport'] as string;
  expect(report).toContain('input name="code" aria-label="Code"');
  expect(report).toContain('button type="button" text="Verify"');
  expect(report).not.toContain('SECRET-4821');
  expect(report).not.toContain('Private page text');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.button('Copy a page report').click();
  await expect(popup.banner('Page report copied')).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe(report);
});
