/**
 * Settings IT presets (`storage.managed`, issue 16) in a real Firefox ESR. Firefox reads an
 * add-on's managed storage from a native manifest of type `storage`, per user at
 * `~/.mozilla/managed-storage/<add-on id>.json`: Firefox runs here with HOME pointed at a temporary
 * directory holding that file, so nothing machine-wide (no `policies.json` in Firefox's
 * `distribution/` directory) changes and other runs are not affected.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/browser/gecko';
import { EXTENSION_CLIENT_ID } from '../../sandbox/model';
import { Firefox, sandboxUrl } from './support/firefox';
import { orgOptions } from './support/pages';

const LOCKED = "Set by your IT department (managed policy); it can't be changed here.";

/** What IT sets: the sandbox's sign-in server as a custom connection, and a manual list of two orgs. */
function policy() {
  return {
    connectionProfile: 'custom',
    issuer: sandboxUrl('accounts.outreach'),
    clientId: EXTENSION_CLIENT_ID,
    directoryUrl: '',
    allowedHosts: ['app.outreach.localhost', '*.managed.localhost'],
    appUrl: sandboxUrl('app.outreach', '/'),
    loginUrl: sandboxUrl('app.outreach', '/login'),
    listSource: 'manual',
    manualList: {
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: [
        { name: 'Managed Production', tag: '', environment: 'production', primary: true },
        { name: 'Managed Staging', tag: 'staging', environment: 'staging' },
      ],
    },
  };
}

/** A HOME whose `.mozilla/managed-storage` holds the add-on's managed storage manifest. */
function managedHome(data: object): string {
  const home = mkdtempSync(join(tmpdir(), 'firefox-managed-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: GECKO_ID, description: 'IT presets (e2e)', type: 'storage', data };
  writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify(manifest));
  return home;
}

/** The value, read-only state and disabled state of a form control. */
function control(page: Page, selector: string) {
  return page.$eval(selector, (element) => {
    const input = element as HTMLInputElement;
    return {
      value: input.value,
      isLocked: input.readOnly || input.disabled || (input.closest('fieldset')?.disabled ?? false),
    };
  });
}

describe('Firefox: settings preset by IT (storage.managed) are used and shown locked', () => {
  let firefox: Firefox;
  let home: string;

  before(async () => {
    const dir = process.env.E2E_FIREFOX_EXTENSION;
    assert.ok(dir, 'E2E_FIREFOX_EXTENSION is not set: run through scripts/run-firefox-e2e.mjs');
    home = managedHome(policy());
    firefox = await Firefox.launch(dir, { home });
  });
  after(async () => {
    await firefox?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('Firefox gives the add-on the policy from the per-user manifest', async () => {
    const managed = await firefox.call<Record<string, unknown>>('storage.managed.get', null);
    assert.deepEqual(managed, policy());
  });

  it('the options page shows the managed connection, read-only, with no Save', async () => {
    const options = await firefox.openExtensionPage('/options.html#connection');
    const section = 'section#connection';
    // The note in this section (the list source's section has one too).
    await options.waitForFunction(
      (wanted: { css: string; note: string }) =>
        document.querySelector(wanted.css)?.textContent?.includes(wanted.note) ?? false,
      {},
      { css: section, note: LOCKED },
    );
    const custom = await options.$$eval(`${section} input[name=profile]`, (radios) =>
      radios.map((radio) => [radio.parentElement?.textContent?.trim(), (radio as HTMLInputElement).checked]),
    );
    assert.deepEqual(custom.find(([, checked]) => checked)?.[0], 'Custom');
    for (const [field, value] of [
      ['issuer', policy().issuer],
      ['clientId', EXTENSION_CLIENT_ID],
      ['allowedHosts', 'app.outreach.localhost\n*.managed.localhost'],
      ['appUrl', policy().appUrl],
      ['loginUrl', policy().loginUrl],
    ]) {
      assert.deepEqual(await control(options, `#connection-${field}`), { value, isLocked: true }, field);
    }
    for (const radio of await options.$$(`${section} input[name=profile]`))
      assert.equal(await radio.evaluate((input) => input.closest('fieldset')?.disabled), true);
    const buttons = await options.$$eval(`${section} button`, (all) => all.map((b) => b.textContent?.trim()));
    assert.ok(!buttons.includes('Save connection'), `buttons: ${buttons.join(', ')}`);
    await options.close();
  });

  it('the options page shows the managed list source locked, and the managed list in the editor', async () => {
    const options = await firefox.openExtensionPage('/options.html#instances');
    const section = 'section#instances';
    await options.waitForFunction(
      (css) => document.querySelector(css)?.textContent?.includes('Managed Staging') ?? false,
      {},
      section,
    );
    const source = await options.$eval(`${section} fieldset.source`, (fieldset) => ({
      isDisabled: (fieldset as HTMLFieldSetElement).disabled,
      checked: [...fieldset.querySelectorAll('input')].find((input) => input.checked)?.parentElement
        ?.textContent,
    }));
    assert.equal(source.isDisabled, true);
    assert.match(source.checked ?? '', /manual/i);
    assert.ok((await options.$eval(section, (el) => el.textContent ?? '')).includes(LOCKED));
    await options.close();
  });

  it('the popup lists the managed orgs', async () => {
    const popup = await firefox.openExtensionPage('/popup.html');
    const orgs = await orgOptions(popup, 2);
    assert.equal(orgs.length, 2);
    assert.ok(orgs[0]?.startsWith('Managed Production'), orgs[0]);
    assert.ok(orgs[1]?.startsWith('Managed Staging'), orgs[1]);
    await popup.close();
  });
});
