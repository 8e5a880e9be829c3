/**
 * The add-on in Firefox ESR, as a person meets it: install, popup, sign-in through
 * `identity.launchWebAuthFlow`, the cached list, one container per org (two orgs signed in at
 * once), the alias switch without containers, and the inline chooser. One Firefox for the journey;
 * the steps run in order and build on each other.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/browser/gecko';
import { firefoxRedirectUri } from '../../sandbox/oidc-client';
import { Firefox, sandboxUrl } from './support/firefox';
import type { ExtensionApi } from './support/firefox';
import {
  JANE,
  appHome,
  completeSignIn,
  enterPassword,
  openFromPopup,
  orgOptions,
  textOf,
  waitForText,
} from './support/pages';

const APP = sandboxUrl('app.outreach', '/');
type Tab = { id: number; url?: string; cookieStoreId?: string };

describe('Firefox: the add-on end to end', () => {
  let firefox: Firefox;
  let popup: Page;

  /** A switch into an org's own container, which the add-on may be creating just then. */
  async function switchIntoContainer(name: string): Promise<void> {
    await openFromPopup(popup, name);
    await firefox.waitForExtension(async (wanted) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return (await api.contextualIdentities.query({ name: wanted })).length > 0;
    }, name);
    const href = await popup.evaluate(() => location.href);
    await firefox.reconnect();
    popup = await firefox.findPage((open) => open === href);
  }

  before(async () => {
    const dir = process.env.E2E_FIREFOX_EXTENSION;
    assert.ok(dir, 'E2E_FIREFOX_EXTENSION is not set: run through scripts/run-firefox-e2e.mjs');
    firefox = await Firefox.launch(dir);
  });
  after(() => firefox?.close());

  it('installs as an MV3 add-on with its gecko id, and Firefox derives the redirect URI the sandbox registers', async () => {
    assert.equal(firefox.addonId, GECKO_ID);
    const manifest = await firefox.call<{ manifest_version: number }>('runtime.getManifest');
    assert.equal(manifest.manifest_version, 3);
    assert.equal(await firefox.call('identity.getRedirectURL'), firefoxRedirectUri(GECKO_ID));
  });

  it('opens the popup, which asks to sign in', async () => {
    popup = await firefox.openExtensionPage('/popup.html');
    await waitForText(popup, 'Sign in to see your orgs');
  });

  it('signs jane in through identity.launchWebAuthFlow and lists her four orgs', async () => {
    await popup.click('.state button');
    await completeSignIn(firefox);
    const orgs = await orgOptions(popup, 4);
    console.log(orgs);
    for (const [i, name] of ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'].entries()) {
      assert.ok(orgs[i]?.startsWith(name), `${orgs[i]} is ${name}`);
    }
  });

  it('shows the cached list in a new popup while the directory is failing', async () => {
    await setFaults({ directory: 'error' });
    try {
      const again = await firefox.openExtensionPage('/popup.html');
      assert.equal((await orgOptions(again, 4)).length, 4);
      await again.close();
    } finally {
      await setFaults(null);
    }
  });

  it('signs in again without a window while the provider remembers jane (its answer is a redirect)', async () => {
    await firefox.inExtension(async () => {
      const api = (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).browser;
      await api.runtime.sendMessage({ type: 'signOut' });
    }, null);
    const again = await firefox.openExtensionPage('/popup.html');
    // Signed out, the list stays openable (issue 10); the banner offers Sign in.
    await waitForText(again, "You're signed out.");
    const before = (await firefox.browser.pages()).length;
    await again.click('.banner button');
    assert.equal((await orgOptions(again, 4)).length, 4);
    assert.equal((await firefox.browser.pages()).length, before);
    await again.close();
    popup = await firefox.openExtensionPage('/popup.html');
    await orgOptions(popup, 4);
  });

  it('opens the Containers option on by default in Firefox', async () => {
    const options = await firefox.openExtensionPage('/options.html');
    const box = await options.waitForSelector('#containers input[type=checkbox]');
    assert.equal(await box!.evaluate((input) => (input as HTMLInputElement).checked), true);
    await options.close();
  });

  it('opens two orgs in two containers, named and coloured after them, both signed in at once', async () => {
    await switchIntoContainer('Acme Production');
    // A fresh container shares no cookies, the IdP's neither: the person signs in there once.
    await enterPassword(await idpPasswordPage(firefox), JANE.password);
    await appHome(firefox, 'jane.doe@acme.test', 'Acme Production');

    await switchIntoContainer('Acme Staging');
    await enterPassword(await idpPasswordPage(firefox), JANE.password);
    const stagingTab = await appHome(firefox, 'jane.doe+staging@acme.test', 'Acme Staging');
    // Found again: the session that saw the staging container is not the one that saw production's.
    const prodTab = await appHome(firefox, 'jane.doe@acme.test', 'Acme Production');

    const containers = await firefox.call<{ name: string; color: string; cookieStoreId: string }[]>(
      'contextualIdentities.query',
      {},
    );
    const prod = containers.find((container) => container.name === 'Acme Production');
    const staging = containers.find((container) => container.name === 'Acme Staging');
    assert.equal(prod?.color, 'red');
    assert.equal(staging?.color, 'orange');

    // Each org's tab is in its container, and each container holds its own session.
    const tabs = await appTabs(firefox);
    assert.ok(tabs.some((tab) => tab.cookieStoreId === prod!.cookieStoreId));
    assert.ok(tabs.some((tab) => tab.cookieStoreId === staging!.cookieStoreId));
    const session = async (storeId: string) =>
      (await firefox.call<{ value: string }[]>('cookies.getAll', { url: APP, storeId }))
        .map((c) => c.value)
        .join();
    assert.notEqual(await session(prod!.cookieStoreId), '');
    assert.notEqual(await session(prod!.cookieStoreId), await session(staging!.cookieStoreId));

    // Nothing was swapped: reloading the first org's tab still shows the first org.
    await prodTab.reload();
    assert.equal(await textOf(prodTab, '[data-testid=org-name]'), 'Acme Production');
    await stagingTab.reload();
    assert.equal(await textOf(stagingTab, '[data-testid=org-name]'), 'Acme Staging');
  });

  it("goes straight to a signed-in org's app in its container, with no login page on the way", async () => {
    await openFromPopup(popup, 'Acme Production');
    // The tab opened on the app itself: one entry in its history (the first visit went through the
    // login page, the authorization server and the IdP).
    const home = await firefox.findPageWhere(
      () =>
        document.querySelector('[data-testid=org-name]')?.textContent === 'Acme Production' &&
        history.length === 1,
      null,
    );
    assert.equal(await home.evaluate(() => location.href), APP);
    const containers = await firefox.call<{ name: string; cookieStoreId: string }[]>(
      'contextualIdentities.query',
      {
        name: 'Acme Production',
      },
    );
    const inProd = (await appTabs(firefox)).filter(
      (tab) => tab.cookieStoreId === containers[0]!.cookieStoreId,
    );
    assert.equal(inProd.length, 2);
    await home.close();
  });

  it("shows each container's own session as signed in, and Forget signs that container out", async () => {
    const status = await firefox.openExtensionPage('/popup.html');
    const rowOf = (rows: string[], name: string) => rows.find((row) => row.startsWith(name)) ?? '';
    await status.waitForFunction(
      () =>
        [...document.querySelectorAll('[role=option]')].filter((row) =>
          row.textContent?.includes('Signed in, in its own container'),
        ).length === 2,
    );
    const rows = await orgOptions(status, 4);
    assert.match(rowOf(rows, 'Acme Production'), /Signed in, in its own container/);
    assert.match(rowOf(rows, 'Acme Staging'), /Signed in, in its own container/);

    const [staging] = await firefox.call<{ cookieStoreId: string }[]>('contextualIdentities.query', {
      name: 'Acme Staging',
    });
    const cookiesIn = (storeId: string) =>
      firefox.call<{ value: string }[]>('cookies.getAll', { url: APP, storeId });
    assert.notEqual((await cookiesIn(staging!.cookieStoreId)).length, 0);
    const filter = await status.waitForSelector('[role=combobox]');
    await filter!.type('Acme Staging');
    const forget = await status.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].find(
          (button) => button.textContent === "Forget Acme Staging's session",
        ) ?? null,
    );
    await (forget.asElement() as ElementHandle<Element>).click();
    await status.waitForFunction(
      () => document.querySelector('[role=option]')?.textContent?.includes('Needs an alias login') ?? false,
    );
    assert.equal((await cookiesIn(staging!.cookieStoreId)).length, 0);
    await status.close();
  });

  it('without containers, switches by the +alias in the default store with no password page', async () => {
    const options = await firefox.openExtensionPage('/options.html');
    const box = await options.waitForSelector('#containers input[type=checkbox]');
    await box!.click();
    await options.waitForFunction(
      () => !(document.querySelector('#containers input[type=checkbox]') as HTMLInputElement).checked,
    );
    // The choice is stored before the next switch reads it.
    await firefox.waitForExtension(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const { settings } = await api.storage.local.get('settings');
      return (settings as { containerPerOrg?: boolean } | undefined)?.containerPerOrg === false;
    }, null);
    await options.close();

    await openFromPopup(popup, 'Acme A4 Test');
    const home = await appHome(firefox, 'jane.doe+a4test@acme.test', 'Acme A4 Test');
    const tabs = await appTabs(firefox);
    const inDefault = tabs.filter((tab) => tab.cookieStoreId === 'firefox-default');
    assert.equal(inDefault.length, 1);
    await home.close();
  });

  it('offers the orgs inline when the root email is typed on the login page, and signs in there', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(sandboxUrl('app.outreach', '/login'));
    const email = await page.waitForSelector('#email');
    await email!.type(JANE.email);
    // The chooser lives in a frame in a closed shadow root: it is driven with the keyboard, as a person would.
    await waitForChooser(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Acme Staging, which this (default) cookie store was never signed in to.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=signed-in-as]')?.textContent ===
        'Signed in as jane.doe+staging@acme.test',
    );
    assert.equal(await textOf(page, '[data-testid=org-name]'), 'Acme Staging');
  });
});

/** The IdP's password page of a container tab ("Acme SSO", idp.localhost). */
function idpPasswordPage(firefox: Firefox): Promise<Page> {
  return firefox.findPageWhere(
    (idp) => location.href.startsWith(idp) && document.querySelector('input[type=password]') !== null,
    sandboxUrl('idp', '/'),
  );
}

/**
 * The inline chooser's host appears under the field, and its frame (an extension page: the page
 * cannot see into it, the test can) shows the orgs.
 */
async function waitForChooser(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.body.children].some(
      (element) => element instanceof HTMLDivElement && element.style.zIndex === '2147483647',
    ),
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const frame of page.frames().slice(1)) {
      const options = await frame
        .evaluate(() => document.querySelectorAll('[role=option]').length)
        .catch(() => 0);
      if (options > 0) return;
    }
    if (Date.now() > deadline) throw new Error('The chooser frame did not show the orgs.');
    await page.waitForNetworkIdle({ idleTime: 100, timeout: 1000 }).catch(() => undefined);
  }
}

async function setFaults(faults: { directory: 'error' } | null): Promise<void> {
  const path = '/__sandbox/faults';
  const response = await fetch(`http://127.0.0.1:${process.env.E2E_SANDBOX_PORT}${path}`, {
    method: faults ? 'POST' : 'DELETE',
    headers: {
      host: `app.outreach.localhost:${process.env.E2E_SANDBOX_PORT}`,
      'content-type': 'application/json',
    },
    ...(faults ? { body: JSON.stringify(faults) } : {}),
  });
  assert.equal(response.status, 200);
}

/** The tabs on the sandbox app, with their cookie stores (match patterns cannot name a port). */
async function appTabs(firefox: Firefox): Promise<Tab[]> {
  return (await firefox.call<Tab[]>('tabs.query', {})).filter((tab) => tab.url?.startsWith(APP));
}
