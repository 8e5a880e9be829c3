import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The extension's service worker, waiting for it to start if needed. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Really stops every service worker (DevTools `ServiceWorker.stopAllWorkers`): in-memory state is
 * gone on the next event, as when Chrome stops an idle worker.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until the extension's worker runs again (an extension page message wakes it).
 * Playwright does not always report the restart as a new worker, so this asks by evaluating.
 */
export async function waitForServiceWorker(context: BrowserContext, timeoutMs = 10_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const worker of context.serviceWorkers()) {
      if (!worker.url().startsWith('chrome-extension://')) continue;
      const alive = await worker.evaluate(() => true).catch(() => false);
      if (alive) return worker;
    }
    if (Date.now() > deadline) throw new Error('The extension service worker did not come back.');
    await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
}
