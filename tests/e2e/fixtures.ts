import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';
import { OptionsPage, PopupPage } from './pages/extension-pages';
import { CHROMIUM_ARGS, resolveChromium } from './support/chromium';
import { EXTENSION_DIR } from './support/env';
import { sandbox } from './support/sandbox';
import type { Sandbox } from './support/sandbox';
import { extensionWorker } from './support/service-worker';

interface ExtensionFixtures {
  /** A fresh persistent profile with the built extension loaded. */
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  popup: PopupPage;
  options: OptionsPage;
  sandbox: Sandbox;
}

/** Tests that drive the built extension in real Chromium against the sandbox. */
export const test = base.extend<ExtensionFixtures>({
  context: async ({ headless }, use, testInfo) => {
    for (let attempt = 1; ; attempt++) {
      const profileDir = await mkdtemp(join(tmpdir(), 'cis-e2e-'));
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: resolveChromium(),
        headless,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          ...CHROMIUM_ARGS,
        ],
      });
      // Headed Chromium under Xvfb sometimes starts with no messages for any extension page (every
      // `i18n.getMessage` answers ''), for the whole browser: then the test meets message names
      // instead of words. Not the extension's doing (a second page of the same browser gets none
      // either), so such a browser is started again, and the test says so.
      const missing = headless || attempt === 3 ? null : await missingWords(context);
      if (missing === null) {
        await use(context);
        await context.close();
        await rm(profileDir, { recursive: true, force: true });
        return;
      }
      testInfo.annotations.push({ type: 'chromium restarted', description: missing });
      console.warn(`[i18n] ${testInfo.title}: ${missing}; starting the browser again`);
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(serviceWorker.url().split('/')[2]!);
  },
  popup: async ({ context, extensionId }, use) => {
    await use(new PopupPage(context, extensionId));
  },
  options: async ({ context, extensionId }, use) => {
    await use(new OptionsPage(context, extensionId));
  },
  // eslint-disable-next-line no-empty-pattern
  sandbox: async ({}, use) => {
    await sandbox.resetFaults();
    await use(sandbox);
    await sandbox.resetFaults();
  },
});

/** Tests that need only the sandbox and a plain Chromium (no extension). */
export const sandboxTest = base.extend<{ sandbox: Sandbox }>({
  // eslint-disable-next-line no-empty-pattern
  sandbox: async ({}, use) => {
    await sandbox.resetFaults();
    await use(sandbox);
    await sandbox.resetFaults();
  },
});

export { expect };

/**
 * `null` when an extension page of this browser gets its messages; else what was seen. The page is
 * the sandbox build's static `bench-floor.html` (no script, nothing stored).
 */
async function missingWords(context: BrowserContext): Promise<string | null> {
  const worker = await extensionWorker(context);
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${worker.url().split('/')[2]}/bench-floor.html`);
    const inPage = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } }
      ).chrome.i18n.getMessage('extName'),
    );
    if (inPage !== '') return null;
    const inWorker = await worker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } }
        ).chrome.i18n.getMessage('extName'),
      )
      .catch((error: unknown) => `(failed: ${String(error)})`);
    return `an extension page got no messages (the worker gets ${JSON.stringify(inWorker)})`;
  } finally {
    await page.close();
  }
}
