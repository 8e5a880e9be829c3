import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { nextTab } from './support/navigation-log';

async function openFromPopup(popup: PopupPage, name: string, login: string): Promise<Page> {
  await popup.page.bringToFront();
  await popup.filter.fill(name);
  await expect(popup.options.first()).toHaveAccessibleName(new RegExp(`^${name} `));
  const tab = await nextTab(popup.context, () => popup.button('Next').click());
  await expect(tab.getByTestId('signed-in-as')).toHaveText(`Signed in as ${login}`);
  return tab;
}

/** The toolbar badge of `page`'s tab (brought to the front to find it): text and colour. */
async function badgeOf(worker: Worker, page: Page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const tabId = tab!.id!;
    return {
      text: await api.action.getBadgeText({ tabId }),
      colour: await api.action.getBadgeBackgroundColor({ tabId }),
    };
  });
}

/** The names in the page's accessibility tree (closed shadow roots included). */
async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes.map((node) => node.name?.value ?? '');
}

test('every org page says which org it is: a corner marker, a tinted favicon, the tab badge', async ({
  popup,
  options,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const prod = await openFromPopup(popup, 'Acme Production', 'jane.doe@acme.test');
  const marker = prod.locator('cis-org-marker');
  await expect(marker).toHaveAttribute('data-environment', 'production');
  await expect.poll(() => accessibleNames(prod)).toContain('This page is Acme Production');
  // Out of the way: the corner under the marker still belongs to the page.
  const box = await prod.evaluate(() => [innerWidth, innerHeight]);
  const under = await prod.evaluate(
    ([, height]) => document.elementFromPoint(16, height! - 14)?.tagName,
    box,
  );
  expect(under).not.toBe('CIS-ORG-MARKER');
  await expect(prod.locator('link[data-cis-org-favicon="production"]')).toHaveAttribute('href', /%23c62828/);
  await expect.poll(() => badgeOf(serviceWorker, prod)).toEqual({ text: 'PROD', colour: [198, 40, 40, 255] });

  const staging = await openFromPopup(popup, 'Acme Staging', 'jane.doe+staging@acme.test');
  await expect(staging.locator('cis-org-marker')).toHaveAttribute('data-environment', 'staging');
  await expect.poll(() => badgeOf(serviceWorker, staging)).toMatchObject({ text: 'STAG' });

  await options.open('#org-signs');
  const section = options.section('org-signs');
  await section.getByLabel("Show the org's name in a corner of the page").uncheck();
  await section.getByLabel("Show the org's tag on the toolbar button").uncheck();
  await expect(section.getByText('Saved.', { exact: false })).toBeVisible();
  await staging.reload();
  await expect(staging.getByTestId('org-name')).toHaveText('Acme Staging');
  await expect(staging.locator('link[data-cis-org-favicon="staging"]')).toHaveCount(1);
  await expect(staging.locator('cis-org-marker')).toHaveCount(0);
  await expect.poll(() => badgeOf(serviceWorker, staging)).toMatchObject({ text: '' });
});
