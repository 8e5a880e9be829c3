import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { nextTab } from './support/navigation-log';

// One Outreach session per browser (issue 10): a switch changes the org behind every other
// Outreach tab, and those tabs say so in the page, with Reload and Switch back.

async function openFromPopup(popup: PopupPage, name: string, modifiers: 'ControlOrMeta'[] = []) {
  await popup.page.bringToFront();
  await popup.filter.fill(name);
  await expect(popup.options.first()).toHaveAccessibleName(new RegExp(`^${name} `));
  return nextTab(popup.context, () => popup.button('Next').click({ modifiers }));
}

async function expectOrg(tab: Page, org: string) {
  await expect(tab.getByTestId('org-name')).toHaveText(org);
}

/** The tab notice's host (its content is in a closed shadow root: DevTools reads it). */
const notice = (tab: Page) => tab.locator('[data-cis-tab-notice]');

/** The notice's words and buttons, from the accessibility tree (it crosses closed shadow roots). */
async function noticeTree(tab: Page) {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value?: string };
        name?: { value?: string };
        backendDOMNodeId?: number;
        ignored?: boolean;
      }[];
    };
    // The alert's words: the text nodes of the page, in order (the page itself says little).
    const alert = nodes
      .filter((node) => node.role?.value === 'StaticText' && !node.ignored)
      .map((node) => node.name?.value ?? '')
      .join('');
    const buttons = nodes.filter((node) => node.role?.value === 'button' && !node.ignored);
    return { alert, buttons, cdp };
  } catch (error) {
    await cdp.detach();
    throw error;
  }
}

/** Clicks a notice button by its name with the real mouse, at its box's centre. */
async function clickNoticeButton(tab: Page, name: string) {
  await expect(notice(tab)).toHaveAttribute('data-cis-armed', '');
  const { buttons, cdp } = await noticeTree(tab);
  try {
    const button = buttons.find((node) => node.name?.value === name);
    expect(button, `a "${name}" button`).toBeDefined();
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button!.backendDOMNodeId! })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await tab.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

async function alertText(tab: Page): Promise<string | null> {
  const { alert, cdp } = await noticeTree(tab);
  await cdp.detach();
  return alert;
}

test('before a switch the popup says in one line that other Outreach tabs change org', async ({ popup }) => {
  await popup.openSignedInAsJane();
  await expect(popup.page.getByRole('note')).toHaveText(
    'Opening an org changes your other Outreach tabs too.',
  );
});

test('after a switch the old org’s tab says so, in the page, and Switch back and Reload work', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  const staging2 = await openFromPopup(popup, 'Acme Staging 2');
  await expectOrg(staging2, 'Acme Staging 2');
  await expect(notice(staging2)).toHaveCount(0);

  // Ctrl+Next: Production in a new tab. The Staging 2 tab is told; the new tab is not.
  const production = await openFromPopup(popup, 'Acme Production', ['ControlOrMeta']);
  await expectOrg(production, 'Acme Production');
  await expect(notice(staging2)).toHaveCount(1);
  await expect
    .poll(() => alertText(staging2))
    .toContain('This tab was Acme Staging 2; the browser is now signed in to Acme Production.');
  await expect(notice(production)).toHaveCount(0);
  // The page cannot read the notice: its shadow root is closed.
  expect(await notice(staging2).evaluate((host) => host.shadowRoot)).toBeNull();

  // Switch back from the old tab: it becomes Staging 2 again, and the Production tab is told.
  await staging2.bringToFront();
  await clickNoticeButton(staging2, 'Switch back');
  await expectOrg(staging2, 'Acme Staging 2');
  await expect
    .poll(() => alertText(production))
    .toContain('This tab was Acme Production; the browser is now signed in to Acme Staging 2.');

  // Reload shows what the tab now is.
  await production.bringToFront();
  await clickNoticeButton(production, 'Reload');
  await expectOrg(production, 'Acme Staging 2');
  await expect(notice(production)).toHaveCount(0);
});

test('a notice the page dispatches a fake click on does nothing, and pages cannot send one', async ({
  popup,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  const staging = await openFromPopup(popup, 'Acme Staging');
  await expectOrg(staging, 'Acme Staging');
  // A page's own postMessage or a forged runtime message is not a notice.
  await staging.evaluate(() =>
    window.postMessage({ type: 'tabNotice', oldOrgId: 'x', oldName: 'Evil', newName: 'Evil 2' }, '*'),
  );
  await openFromPopup(popup, 'Acme Production', ['ControlOrMeta']);
  await expect(notice(staging)).toHaveAttribute('data-cis-armed', '');
  // An untrusted click (the page's script) on every button changes nothing.
  await staging.evaluate(() => {
    const host = document.querySelector('[data-cis-tab-notice]')!;
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await expect(notice(staging)).toHaveCount(1);
  expect(await alertText(staging)).toContain('This tab was Acme Staging;');
  // Malformed notices, even from the extension itself, are dropped by the content script's schema.
  const stagingUrl = staging.url();
  await serviceWorker.evaluate(async (url) => {
    const chromeApi = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await chromeApi.tabs.query({ url });
    for (const message of [
      { type: 'tabNotice', oldOrgId: 'x', oldName: 'Malformed', newName: 'Y', html: '<b>' },
      { type: 'tabNotice', oldOrgId: 'x', oldName: '', newName: 'Malformed' },
      { type: 'somethingElse', oldName: 'Malformed' },
    ]) {
      await chromeApi.tabs.sendMessage(tab!.id!, message).catch(() => undefined);
    }
  }, stagingUrl);
  expect(await alertText(staging)).toContain('This tab was Acme Staging;');
  expect(await alertText(staging)).not.toContain('Malformed');
});
