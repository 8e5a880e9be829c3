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
  context: async ({ headless }, use) => {
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
    await use(context);
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
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
