import { REAL_OUTREACH, routeOutreach } from './support/outreach-routes';
import { STORE_EXTENSION_DIR } from './support/env';
import { expect, test } from './support/outreach-extension';
import {
  ROOT,
  expectOrg,
  openOrg,
  pickByHand,
  saveOfferInPopup,
  signInOnOutreach,
} from './support/outreach-journey';

// The unmodified store build (`npm run build`, `.output/chrome-mv3`) at Outreach's real host names:
// Outreach-shaped pages served by `context.route` with real cookies and no network, so the shipped
// manifest (host permissions, content-script matches) and cookie code are what is tested.
test.use({ extensionDir: STORE_EXTENSION_DIR });

test('the store build at login.outreach.io: sign in once, list captured, alias, root, back instantly', async ({
  context,
  popup,
}) => {
  test.setTimeout(90_000);
  const routes = await routeOutreach(context, { switches: { login: 'react', select: 'cards' } });
  const tab = await signInOnOutreach(popup, REAL_OUTREACH.login);
  await saveOfferInPopup(popup);
  await pickByHand(tab, 'cards', 'Acme Production');
  await expect(tab).toHaveURL(`${REAL_OUTREACH.web}/`);
  await expectOrg(tab, 'Acme Production', ROOT);

  await openOrg(popup, tab, 'Acme Staging');
  await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');
  await openOrg(popup, tab, 'Acme Production');
  await expectOrg(tab, 'Acme Production', ROOT);

  const served = routes.log.length;
  expect((await openOrg(popup, tab, 'Acme Staging')).restored).toBe(true);
  await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');
  // Back in one page of the app, and not one request to a login host.
  const since = routes.log.slice(served).map((entry) => new URL(entry.url).origin);
  expect(since).not.toContain(REAL_OUTREACH.login);
  expect(since).toContain(REAL_OUTREACH.web);
  expect(routes.passwordPrompts()).toBe(1);
});

test('the store build at web.outreach.io keeps the page in an org that has it, else opens the start page', async ({
  context,
  popup,
}) => {
  test.setTimeout(90_000);
  const routes = await routeOutreach(context, { switches: { login: 'form', select: 'radios' } });
  const tab = await signInOnOutreach(popup, REAL_OUTREACH.login);
  await saveOfferInPopup(popup);
  await pickByHand(tab, 'radios', 'Acme Production');
  await expectOrg(tab, 'Acme Production', ROOT);
  const keepPageTo = async (orgName: string) => {
    type Listed = { value: { group: { instances: { orgId: string; name: string }[] } } };
    const listed = (await popup.request({ type: 'listInstances' })) as Listed;
    const org = listed.value.group.instances.find((instance) => instance.name === orgName)!;
    await tab.bringToFront();
    await popup.request({ type: 'openInstance', orgId: org.orgId, where: 'current', keepPage: true });
  };
  await tab.goto(`${REAL_OUTREACH.web}/prospects/123/overview`);
  await keepPageTo('Acme Staging');
  await expect(tab).toHaveURL(`${REAL_OUTREACH.web}/prospects/123/overview`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace (staging copy)');
  await expectOrg(tab, 'Acme Staging', 'jane.doe+staging@acme.test');

  await keepPageTo('Acme A4 Test');
  await expect(tab).toHaveURL(`${REAL_OUTREACH.web}/`);
  await expectOrg(tab, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
  expect(routes.log).toContainEqual({
    method: 'GET',
    url: `${REAL_OUTREACH.web}/prospects/123/overview`,
    status: 404,
  });
});

for (const legacy of ['devise', 'moved'] as const) {
  test(`the store build switches through the legacy Devise page (${legacy}), following it to login.outreach.io when it moved`, async ({
    context,
    popup,
  }) => {
    const routes = await routeOutreach(context, { switches: { legacy } });
    const tab = await signInOnOutreach(popup, REAL_OUTREACH.login);
    await saveOfferInPopup(popup);
    await pickByHand(tab, 'radios', 'Acme Production');
    // An org whose login page is still the legacy Devise URL: it redirects to login.outreach.io.
    const listed = (await popup.request({ type: 'listInstances' })) as {
      value: { group: { rootEmail: string; instances: { orgId: string; name: string; tag: string }[] } };
    };
    const { group } = listed.value;
    const list = {
      version: 1,
      rootEmail: group.rootEmail,
      instances: group.instances.map((org) => ({
        orgId: org.orgId,
        name: org.name,
        tag: org.tag,
        environment: 'production',
        loginUrl: `${REAL_OUTREACH.accounts}/users/sign_in`,
      })),
    };
    expect(await popup.request({ type: 'setManualInstances', list })).toMatchObject({ value: { ok: true } });
    await openOrg(popup, tab, 'Acme A4 Test');
    await expectOrg(tab, 'Acme A4 Test', 'jane.doe+a4test@acme.test');
    expect(routes.log.map((entry) => entry.url)).toContain(`${REAL_OUTREACH.accounts}/users/sign_in`);
  });
}
