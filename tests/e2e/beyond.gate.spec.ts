import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { chooserFrame } from './support/chooser';
import type { ExtensionApi } from './support/extension-storage';
import { readExtensionStores } from './support/extension-storage';
import { nextTab } from './support/navigation-log';
import type { Sandbox } from './support/sandbox';

// Issue 14, point 2: a shortcut (or the login page's chooser) that would open a production org asks
// once, "Open Acme Production?", in extension UI no page can answer: a small extension window for
// the shortcut, the chooser's own frame for the chooser. Open proceeds; Cancel, Escape or closing
// the window leave everything as it was. The headless tests run the command's own code path
// through the sandbox build's hook; beyond.gate.headed.spec.ts presses the real key.

/** Runs a keyboard command in the worker, as `commands.onCommand` would. */
function runCommand(worker: Worker, command: string): Promise<void> {
  return worker.evaluate(
    (name) => (globalThis as unknown as { cisRunCommand: (c: string) => Promise<void> }).cisRunCommand(name),
    command,
  );
}

/** A runtime message from an extension page, as its own code would send it. */
function sendFrom(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (body) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage(body),
    message,
  );
}

/** The gate window's page, once the command opened it. */
async function gateWindow(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: (page) => page.url().includes('/gate.html?q=') });
  await action();
  const gate = await opened;
  await expect(gate.getByRole('heading', { level: 1 })).toHaveText('Open Acme Production?');
  return gate;
}

/** Answers the gate window (its page closes as it answers) and waits for it to be gone. */
async function answer(gate: Page, action: () => Promise<unknown>): Promise<void> {
  const closed = gate.waitForEvent('close');
  await action().catch(() => undefined);
  await closed;
}

/** jane signed in, with one Outreach tab in Acme Staging, active. */
async function stagingTab(popup: PopupPage): Promise<Page> {
  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme Staging');
  const tab = await nextTab(popup.context, () => popup.button('Next').click());
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging');
  await tab.bringToFront();
  return tab;
}

async function expectStillStaging(tab: Page, worker: Worker) {
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging');
  const { session } = await readExtensionStores(worker);
  expect(session).not.toHaveProperty('gate.question');
  expect(session['switch.active']).toMatchObject({ orgId: 'org_acme_staging' });
  expect(Object.keys(session).filter((key) => key.startsWith('switch.pending.'))).toEqual([]);
}

test('open-root asks "Open Acme Production?" in a small window: Cancel, Escape and closing change nothing, Open switches the tab', async ({
  popup,
  context,
  serviceWorker,
}) => {
  const tab = await stagingTab(popup);

  const first = await gateWindow(context, () => runCommand(serviceWorker, 'open-root'));
  expect(
    await serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return (await api.windows.getAll({ populate: true }))
        .filter((window) => window.tabs?.some((t) => t.url?.includes('/gate.html')))
        .map((window) => window.type);
    }),
  ).toEqual(['popup']);
  await expect(first.getByRole('button', { name: 'Open' })).toBeFocused();
  await expect(first.getByText(/^Acme Production is a production org/)).toBeVisible();
  await answer(first, () => first.getByRole('button', { name: 'Cancel' }).click());
  await expectStillStaging(tab, serviceWorker);

  const second = await gateWindow(context, () => runCommand(serviceWorker, 'open-root'));
  await answer(second, () => second.keyboard.press('Escape'));
  await expectStillStaging(tab, serviceWorker);

  const third = await gateWindow(context, () => runCommand(serviceWorker, 'open-root'));
  await third.close();
  await expect
    .poll(async () => (await readExtensionStores(serviceWorker)).session)
    .not.toHaveProperty('gate.question');
  await expectStillStaging(tab, serviceWorker);

  // Asked once per switch: Open (Enter, it has the focus) runs it, in the Outreach tab the key was pressed over.
  const pages = context.pages().length;
  const fourth = await gateWindow(context, () => runCommand(serviceWorker, 'open-root'));
  await answer(fourth, () => fourth.keyboard.press('Enter'));
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Production');
  await expect(tab.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe@acme.test');
  expect(context.pages().length).toBe(pages);

  // In Acme Production already (once the page has reported its landing): the same shortcut asks
  // nothing (nothing would change).
  await expect
    .poll(async () => (await readExtensionStores(serviceWorker)).session['switch.active'])
    .toMatchObject({ orgId: 'org_acme_prod' });
  await tab.bringToFront();
  const opened: string[] = [];
  context.on('page', (page) => opened.push(page.url()));
  await runCommand(serviceWorker, 'open-root');
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Production');
  expect(opened.filter((url) => url.includes('/gate.html'))).toEqual([]);
});

test('orgs that are not production open at once; with the option off, production does too', async ({
  popup,
  options,
  context,
  serviceWorker,
}) => {
  const tab = await stagingTab(popup);
  const opened: string[] = [];
  context.on('page', (page) => opened.push(page.url()));
  // A test org: opened at once.
  await popup.request({ type: 'setPinned', orgId: 'org_acme_a4test', pinned: true });
  await tab.bringToFront();
  await runCommand(serviceWorker, 'open-pinned-1');
  await expect(tab.getByTestId('org-name')).toHaveText('Acme A4 Test');

  await options.open();
  const ask = options.page.getByRole('checkbox', { name: /^Ask before opening a production org/ });
  await expect(ask).toBeChecked();
  await ask.uncheck();
  await expect(options.page.getByText('Saved.', { exact: true })).toBeVisible();
  await tab.bringToFront();
  await runCommand(serviceWorker, 'open-root');
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Production');
  expect(opened.filter((url) => url.includes('/gate.html'))).toEqual([]);
});

test('the question belongs to extension pages: an unknown or answered question opens nothing, and no web page can load the window', async ({
  popup,
  context,
  serviceWorker,
  extensionId,
}) => {
  const tab = await stagingTab(popup);
  const gate = await gateWindow(context, () => runCommand(serviceWorker, 'open-root'));
  const id = new URL(gate.url()).searchParams.get('q')!;
  // Another extension page (the popup) may not answer, even with the real id; the question stays open.
  expect(await popup.request({ type: 'answerGate', id, open: true })).toMatchObject({
    ok: false,
    error: { kind: 'forbidden' },
  });
  // A guessed id is refused, from the gate page itself; the real one is still open.
  expect(await sendFrom(gate, { type: 'answerGate', id: 'guessed', open: true })).toMatchObject({
    ok: false,
    error: { kind: 'gate-expired' },
  });
  // A gate page in another window may not answer the question either.
  const elsewhere = await context.newPage();
  await elsewhere.goto(`chrome-extension://${extensionId}/gate.html?q=other`);
  expect(await sendFrom(elsewhere, { type: 'answerGate', id, open: true })).toMatchObject({
    ok: false,
    error: { kind: 'forbidden' },
  });
  // An Outreach page cannot show the gate page (not web-accessible), so it cannot dress it up to be clicked.
  const framed = await tab.evaluate(async (url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      return frame.contentDocument?.body?.innerText ?? 'blocked';
    } catch {
      return 'blocked';
    }
  }, `chrome-extension://${extensionId}/gate.html?q=${id}`);
  expect(framed).not.toContain('Open Acme Production?');

  await answer(gate, () => gate.getByRole('button', { name: 'Cancel' }).click());
  // Once answered, the same id opens nothing.
  expect(await sendFrom(elsewhere, { type: 'answerGate', id, open: true })).toMatchObject({
    ok: false,
    error: { kind: 'gate-expired' },
  });
  await expectStillStaging(tab, serviceWorker);
});

/** The login page with the root email typed: the chooser's frame, armed. */
async function offerChooser(popup: PopupPage, sandbox: Sandbox) {
  await popup.openSignedInAsJane();
  const page = await popup.context.newPage();
  await page.goto(sandbox.url('app.outreach', '/login'));
  await page.getByLabel('Email').pressSequentially('jane.doe@acme.test');
  const frame = await chooserFrame(page);
  await expect(frame.getByRole('option')).toHaveCount(4);
  await expect(frame.getByRole('listbox')).toHaveAttribute('aria-disabled', 'false');
  return { page, frame };
}

test('the inline chooser asks in its own frame before a production org; Cancel and Escape bring the list back, Open signs in', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  const { page, frame } = await offerChooser(popup, sandbox);
  await frame.getByRole('option', { name: /^Acme Production/ }).click();
  await expect(frame.getByText('Open Acme Production?')).toBeVisible();
  // The question's words are in the extension's frame, not in the page.
  expect(await page.evaluate(() => document.documentElement.innerHTML)).not.toContain(
    'Open Acme Production?',
  );
  await frame.getByRole('button', { name: 'Cancel' }).click();
  await expect(frame.getByRole('option')).toHaveCount(4);
  await expect(page.getByLabel('Email')).toHaveValue('jane.doe@acme.test');

  await frame.getByRole('option', { name: /^Acme Production/ }).click();
  await expect(frame.getByRole('button', { name: 'Open' })).toBeFocused();
  await frame.getByRole('button', { name: 'Open' }).press('Escape');
  await expect(frame.getByRole('option')).toHaveCount(4);
  const { session } = await readExtensionStores(serviceWorker);
  expect(Object.keys(session).filter((key) => key.startsWith('switch.pending.'))).toEqual([]);

  await frame.getByRole('option', { name: /^Acme Production/ }).click();
  // Open counts once the question itself has been shown for 500 ms.
  await expect(frame.getByRole('button', { name: 'Open' })).toHaveAttribute('aria-disabled', 'false');
  await frame.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe@acme.test');
  await expect(page.getByTestId('org-name')).toHaveText('Acme Production');
});

test('attack: a page that covers the chooser when the question shows, or a frame that skips it, opens nothing', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  const { page, frame } = await offerChooser(popup, sandbox);
  // The frame itself (the only sender the background lets choose) may not skip the question.
  const skipped = await frame.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'chooseOrg', orgId: 'org_acme_prod', via: 'keyboard' }),
  );
  expect(skipped).toMatchObject({ ok: false, error: { kind: 'needs-confirmation' } });

  await frame.getByRole('option', { name: /^Acme Production/ }).click();
  const open = frame.getByRole('button', { name: 'Open' });
  // Open counts now (shown 500 ms): only the cover below can make the click count for nothing.
  await expect(open).toHaveAttribute('aria-disabled', 'false');
  const box = (await open.boundingBox())!;
  // The page lays a pointer-events:none popover over the chooser and waits for the click on Open.
  await page.evaluate(() => {
    const o = document.createElement('div');
    o.popover = 'manual';
    o.textContent = 'Click here to continue';
    o.style.cssText =
      'inset:0;width:100vw;height:100vh;margin:0;pointer-events:none;background:#fff;opacity:.9';
    document.body.append(o);
    o.showPopover();
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByLabel('Email')).toHaveValue('jane.doe@acme.test');
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  const { session } = await readExtensionStores(serviceWorker);
  expect(Object.keys(session).filter((key) => key.startsWith('switch.pending.'))).toEqual([]);
});
