import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import type { ExtensionApi } from './support/extension-storage';
import { readExtensionStores } from './support/extension-storage';
import { APP_LOGIN_PAGE, nextTab, watchTabUrls } from './support/navigation-log';
import { RealPopup } from './support/real-popup';
import type { Sandbox } from './support/sandbox';
import { stopServiceWorker, waitForServiceWorker } from './support/service-worker';

// Issue 14, point 3: a switch from the popup opens the current Outreach tab's page (path and
// org-neutral query) in the chosen org, after a restored session as after an alias login, and the
// org's start page when that page does not exist there. The sandbox has /sequences in every org and
// /prospects/123 only in Acme Production and Acme Staging (sandbox/app-records.ts).

const ORG = {
  prod: { orgId: 'org_acme_prod', name: 'Acme Production' },
  staging: { orgId: 'org_acme_staging', name: 'Acme Staging' },
  a4: { orgId: 'org_acme_a4test', name: 'Acme A4 Test' },
};

/** jane signed in, and one Outreach tab in Acme Production (opened from the popup) on `path`. */
async function prodTabOn(popup: PopupPage, sandbox: Sandbox, path: string): Promise<Page> {
  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme Production');
  const tab = await nextTab(popup.context, () => popup.button('Next').click());
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Acme Production');
  await tab.goto(sandbox.url('app.outreach', path));
  return tab;
}

/** The popup's Next for `orgId` while `tab` is the active Outreach tab (what the popup sends). */
async function switchKeeping(popup: PopupPage, tab: Page, orgId: string): Promise<void> {
  await tab.bringToFront();
  await popup.request({ type: 'openInstance', orgId, where: 'current', keepPage: true });
}

async function expectOn(tab: Page, sandbox: Sandbox, path: string, title: string, org: string) {
  await expect(tab).toHaveURL(sandbox.url('app.outreach', path));
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(tab.getByTestId('org-name')).toHaveText(org);
}

test('the real popup says which page it keeps, and Enter opens that page in the chosen org after its alias login', async ({
  popup,
  sandbox,
  context,
  serviceWorker,
}) => {
  const tab = await prodTabOn(popup, sandbox, '/prospects/123?tab=overview&userId=42');
  await popup.page.close();
  await tab.bringToFront();
  const real = await RealPopup.open(context, serviceWorker);
  // The user id is not org-neutral: it is not kept, nor shown.
  await real.waitFor(
    () =>
      document.querySelector('.picker__kept')?.textContent === 'Keeps this page: /prospects/123?tab=overview',
  );
  const description = await real.evaluate(() => {
    const next = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Next');
    return document.getElementById(next?.getAttribute('aria-describedby') ?? '')?.textContent ?? null;
  });
  expect(description).toBe('Keeps this page: /prospects/123?tab=overview');
  const urls = await watchTabUrls(serviceWorker);
  await real.evaluate(() => document.querySelector<HTMLInputElement>('[role=combobox]')!.focus());
  await real.type('Acme Staging');
  await real.waitFor(
    () =>
      document.querySelector('[role=option][aria-selected=true] .org__name')?.textContent === 'Acme Staging',
  );
  await real.press('Enter');
  // No saved session for staging: the alias login lands on the start page, then the kept page opens.
  await expectOn(tab, sandbox, '/prospects/123?tab=overview', 'Ada Lovelace (staging copy)', 'Acme Staging');
  expect(await urls.count(APP_LOGIN_PAGE)).toBe(1);
  const session = (await readExtensionStores(serviceWorker)).session;
  expect(Object.keys(session).filter((key) => key.startsWith('switch.pending.'))).toEqual([]);
});

test('a restored session opens the kept page at once; a page the org lacks falls back to its start page', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  const tab = await prodTabOn(popup, sandbox, '/sequences');
  await switchKeeping(popup, tab, ORG.staging.orgId);
  await expectOn(tab, sandbox, '/sequences', 'Sequences', 'Acme Staging');

  // Production's session was saved on leaving: it comes back straight onto the kept page.
  await tab.goto(sandbox.url('app.outreach', '/prospects/123'));
  const urls = await watchTabUrls(serviceWorker);
  await switchKeeping(popup, tab, ORG.prod.orgId);
  await expectOn(tab, sandbox, '/prospects/123', 'Ada Lovelace', 'Acme Production');
  expect(await urls.count(APP_LOGIN_PAGE)).toBe(0);

  // Acme A4 Test (alias login) has no prospect 123: its start page instead.
  await switchKeeping(popup, tab, ORG.a4.orgId);
  await expectOn(tab, sandbox, '/', 'Acme A4 Test', 'Acme A4 Test');

  // Back to production (restored) and a prospect staging lacks; staging's session is restored.
  await switchKeeping(popup, tab, ORG.prod.orgId);
  await expectOn(tab, sandbox, '/', 'Acme Production', 'Acme Production');
  await tab.goto(sandbox.url('app.outreach', '/prospects/124'));
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
  urls.clear();
  // The restored staging session is sent to /prospects/124 first (same URL: no tab update to see).
  const statuses: number[] = [];
  tab.on('response', (response) => {
    if (response.url().endsWith('/prospects/124')) statuses.push(response.status());
  });
  await switchKeeping(popup, tab, ORG.staging.orgId);
  await expectOn(tab, sandbox, '/', 'Acme Staging', 'Acme Staging');
  expect(await urls.count(APP_LOGIN_PAGE)).toBe(0);
  expect(statuses).toContain(404);
});

test('without keepPage (a shortcut) or from a sign-in page, the org opens on its start page', async ({
  popup,
  sandbox,
}) => {
  const tab = await prodTabOn(popup, sandbox, '/sequences');
  await tab.bringToFront();
  await popup.request({ type: 'openInstance', orgId: ORG.staging.orgId, where: 'current' });
  await expectOn(tab, sandbox, '/', 'Acme Staging', 'Acme Staging');
  // The login page is a step of one session, never a page to keep.
  await tab.goto(sandbox.url('app.outreach', '/login'));
  expect(await popup.request({ type: 'getKeptPage' })).toEqual({ ok: true, value: null });
  await tab.goto(sandbox.url('app.outreach', '/sequences?sort=name&orgId=org_acme_staging'));
  expect(await popup.request({ type: 'getKeptPage' })).toEqual({
    ok: true,
    value: { path: '/sequences?sort=name' },
  });
});

async function setSession(context: BrowserContext, items: Record<string, unknown>, remove: string[] = []) {
  const worker = await waitForServiceWorker(context);
  await worker.evaluate(
    async ({ items, remove }) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      await api.storage.session.remove(remove);
      await api.storage.session.set(items);
    },
    { items, remove },
  );
}

test('the worker stopped right after the intent: the resumed switch still opens the kept page', async ({
  popup,
  sandbox,
  context,
}) => {
  const tab = await prodTabOn(popup, sandbox, '/prospects/123');
  await setSession(context, { 'test.haltSwitchAt': 'intent' }, ['test.switchHaltedAt']);
  await tab.bringToFront();
  void popup
    .request({ type: 'openInstance', orgId: ORG.staging.orgId, where: 'current', keepPage: true })
    .catch(() => null);
  await expect
    .poll(async () => (await readExtensionStores(await waitForServiceWorker(context))).session)
    .toMatchObject({
      'test.switchHaltedAt': 'intent',
      'switch.intent': { orgId: ORG.staging.orgId, keptPage: '/prospects/123' },
    });
  await stopServiceWorker(popup.page);
  // The popup's own request wakes the worker, as a person opening it again would.
  await popup.page.reload();
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging', { timeout: 30_000 });
  await expect(tab).toHaveURL(sandbox.url('app.outreach', '/prospects/123'));
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace (staging copy)');
});
