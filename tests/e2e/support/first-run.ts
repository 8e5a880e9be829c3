import type { BrowserContext } from '@playwright/test';

/**
 * Waits for the welcome tab that a fresh install opens, then closes it. Tests that press real keys
 * need this: the welcome tab opens a moment after start-up and takes the window's focus, so a key
 * pressed before it appears may land on the wrong page.
 */
export async function closeWelcomeTab(context: BrowserContext, extensionId: string): Promise<void> {
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find((page) => page.url() === welcomeUrl) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl }));
  await welcome.close();
}
