import type { BrowserContext, Page } from '@playwright/test';
import { SWITCH_STEPS } from '../../lib/switch/switch-intent';
import { expect, test } from './fixtures';
import type { ExtensionApi } from './support/extension-storage';
import { readExtensionStores } from './support/extension-storage';
import { stopServiceWorker, waitForServiceWorker } from './support/service-worker';

// A switch survives the browser stopping the worker at any step of `openInstance`: the sandbox
// build holds the switch at the step the test names (lib/switch/halt-for-tests.ts), the test stops
// the worker there (`ServiceWorker.stopAllWorkers`), and the next start finishes the switch.

const ORGS = [
  { orgId: 'org_acme_staging', name: 'Acme Staging', login: 'jane.doe+staging@acme.test' },
  { orgId: 'org_acme_a4test', name: 'Acme A4 Test', login: 'jane.doe+a4test@acme.test' },
  { orgId: 'org_acme_staging2', name: 'Acme Staging 2', login: 'jane.doe+staging2@acme.test' },
  { orgId: 'org_acme_prod', name: 'Acme Production', login: 'jane.doe@acme.test' },
];

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

/** A tab opened since `before` that shows `org`'s home as its login. */
async function hasLanded(context: BrowserContext, before: Set<Page>, org: (typeof ORGS)[number]) {
  for (const page of context.pages().filter((page) => !before.has(page))) {
    const who = await page
      .getByTestId('signed-in-as')
      .textContent({ timeout: 250 })
      .catch(() => null);
    const name = await page
      .getByTestId('org-name')
      .textContent({ timeout: 250 })
      .catch(() => null);
    if (who === `Signed in as ${org.login}` && name === org.name) return true;
  }
  return false;
}

test('the worker stopped at each step of openInstance: the switch still lands in the chosen org', async ({
  popup,
  context,
}) => {
  test.setTimeout(180_000);
  await popup.openSignedInAsJane();
  for (const [index, step] of SWITCH_STEPS.entries()) {
    const org = ORGS[index % ORGS.length]!;
    await test.step(`stopped after "${step}", switching to ${org.name}`, async () => {
      const before = new Set(context.pages());
      await setSession(context, { 'test.haltSwitchAt': step }, ['test.switchHaltedAt']);
      void popup.request({ type: 'openInstance', orgId: org.orgId, where: 'new' }).catch(() => null);
      await expect
        .poll(async () => (await readExtensionStores(await waitForServiceWorker(context))).session)
        .toMatchObject({ 'test.switchHaltedAt': step, 'switch.intent': { orgId: org.orgId, step } });
      await stopServiceWorker(popup.page);
      // The popup's own request wakes the worker, as a person opening it again would.
      await popup.page.reload();
      await expect.poll(() => hasLanded(context, before, org), { timeout: 30_000 }).toBe(true);
      const session = async () => (await readExtensionStores(await waitForServiceWorker(context))).session;
      await expect.poll(async () => (await session())['switch.active']).toMatchObject({ orgId: org.orgId });
      expect(await session()).not.toHaveProperty('switch.intent');
      expect(await session()).not.toHaveProperty('switch.error');
    });
  }
});
