import { expect, test } from './fixtures';

// The popup's first paint (issue 12): a classic script paints the last list from the snapshot
// before the module loads; Preact then takes over the same nodes, and the list works.

const JANE_ORGS = ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'];

/** Records the rows the first paint inserted (before Preact ran) and keeps the nodes themselves. */
function watchFirstPaint() {
  const seen = globalThis as unknown as {
    __painted?: { names: string[]; nodes: Element[]; byPreact: boolean };
  };
  new MutationObserver((_, observer) => {
    const rows = [...document.querySelectorAll('[role=option]')];
    if (rows.length === 0) return;
    observer.disconnect();
    seen.__painted = {
      names: rows.map((row) => row.querySelector('.org__name')?.textContent ?? ''),
      nodes: rows,
      // Preact removes the first paint's marker when it takes a node over.
      byPreact: !rows.every((row) => row.hasAttribute('data-first-paint')),
    };
  }).observe(document, { childList: true, subtree: true });
}

/** Records which script sent each `getPopupState` (`document.currentScript`: none for a module's later task). */
function watchWhoAsks() {
  const seen = globalThis as unknown as { __askedBy?: string[] };
  seen.__askedBy = [];
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => unknown } } })
    .chrome.runtime;
  const original = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (message: unknown) => {
    if ((message as { type?: string }).type === 'getPopupState') {
      seen.__askedBy!.push(
        new URL((document.currentScript as HTMLScriptElement | null)?.src ?? 'x:module').pathname,
      );
    }
    return original(message);
  };
}

type Page = Parameters<Parameters<typeof test>[2]>[0]['page'];

/** The rows the first paint inserted, and whether Preact had made them instead. */
const paintedRows = (page: Page) =>
  page.evaluate(() => {
    const { names, byPreact } = (
      globalThis as unknown as { __painted: { names: string[]; byPreact: boolean } }
    ).__painted;
    return { names, byPreact };
  });

/** Whether the rows now shown are the very nodes the first paint made (Preact adopted them). */
const isTakenOver = (page: Page) =>
  page.evaluate(() => {
    const painted = (globalThis as unknown as { __painted: { nodes: Element[] } }).__painted.nodes;
    const now = [...document.querySelectorAll('[role=option]')];
    return painted.every((node, at) => node.isConnected && node === now[at]);
  });

test('the first paint shows the last list from the snapshot, and the list Preact takes over opens the right org', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  // Written once the list, its pins and session status are on screen: else the next open paints nothing.
  await popup.page.waitForFunction(() => localStorage.getItem('cis.popup-paint.v2') !== null);
  await popup.page.close();

  await popup.openRecording();
  const page = popup.page;
  await page.addInitScript(watchFirstPaint);
  await page.addInitScript(watchWhoAsks);
  await page.reload();
  await page.waitForFunction(() => (globalThis as unknown as { __painted?: unknown }).__painted);
  expect(await paintedRows(page)).toEqual({ names: JANE_ORGS, byPreact: false });

  // Taken over: the marker is gone from the very nodes the first paint made.
  await page.waitForFunction(() => document.querySelector('[data-first-paint]') === null);
  expect(await isTakenOver(page)).toBe(true);
  await expect(popup.filter).toBeFocused();
  // With a list painted, the module asks the background (after the page has loaded).
  expect(await page.evaluate(() => (globalThis as unknown as { __askedBy: string[] }).__askedBy)).toEqual([
    'module',
  ]);
  await expect(popup.options).toHaveText(JANE_ORGS.map((name) => new RegExp(`^${name}(?! \\d)`)));

  await popup.filter.press('ArrowDown');
  await popup.filter.press('ArrowDown');
  await expect(popup.option(/^Acme Staging(?! 2)/)).toHaveAttribute('aria-selected', 'true');
  await popup.filter.press('Enter');
  expect(await popup.sentOfType('openInstance')).toEqual([
    { type: 'openInstance', orgId: 'org_acme_staging', where: 'current', keepPage: true },
  ]);
});

test('a first open (nothing kept to paint) asks the background once, from the first-paint script, paints the list it sends, and Preact takes it over', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  const page = popup.page;
  await page.addInitScript(watchWhoAsks);
  await page.addInitScript(watchFirstPaint);
  // Before any of the page's scripts: the page before may still write its snapshot as it goes.
  await page.addInitScript(() => localStorage.removeItem('cis.popup-paint.v2'));
  await page.reload();
  // Painted by the script from the background's answer, before the app's module ran.
  await page.waitForFunction(() => (globalThis as unknown as { __painted?: unknown }).__painted);
  expect(await paintedRows(page)).toEqual({ names: JANE_ORGS, byPreact: false });
  await page.waitForFunction(() => document.querySelector('[data-first-paint]') === null);
  expect(await isTakenOver(page)).toBe(true);
  await expect(popup.options).toHaveText(JANE_ORGS.map((name) => new RegExp(`^${name}(?! \\d)`)));
  await expect(popup.filter).toBeFocused();
  // The script sent it before the module loaded; the module took that answer.
  expect(await page.evaluate(() => (globalThis as unknown as { __askedBy: string[] }).__askedBy)).toEqual([
    '/popup-paint.js',
  ]);
  await popup.filter.press('ArrowDown');
  await expect(popup.option(/^Acme A4 Test/)).toHaveAttribute('aria-selected', 'true');
});

test('a scroll of the painted list before the popup takes it over is kept, and shows the rows scrolled to', async ({
  popup,
}) => {
  await popup.open();
  const list = {
    version: 1,
    rootEmail: 'jane.doe@acme.test',
    instances: Array.from({ length: 100 }, (_, at) => ({
      name: `Bench Org ${String(at + 1).padStart(3, '0')}`,
      tag: at === 0 ? '' : `org${String(at + 1).padStart(3, '0')}`,
      environment: at === 0 ? 'production' : 'staging',
      primary: at === 0,
    })),
  };
  const saved = (await popup.request({ type: 'setManualInstances', list })) as { ok: boolean };
  expect(saved.ok).toBe(true);
  await popup.page.reload();
  await expect(popup.options.first()).toBeVisible();
  await popup.page.waitForFunction(() => localStorage.getItem('cis.popup-paint.v2') !== null);

  // Scrolled to the end as soon as the first paint is there, before the app has loaded.
  await popup.page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const painted = document.querySelector('[role=listbox]');
      if (painted?.querySelector('[data-first-paint]')) painted.scrollTop = 1e9;
    }),
  );
  await popup.page.reload();
  await popup.page.waitForFunction(() => document.querySelector('[data-first-paint]') === null);
  await popup.page.waitForFunction(() => document.querySelector('[aria-posinset="100"]') !== null);
  expect(
    await popup.page.evaluate(() => document.querySelector('[role=listbox]')!.scrollTop),
  ).toBeGreaterThan(0);
});
