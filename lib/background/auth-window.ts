import { browser } from 'wxt/browser';
import type { AuthSession } from '../auth/auth-session';

/**
 * Closes the window of an abandoned `launchWebAuthFlow` (the popup's Cancel), found by the
 * authorization server's origin; where the browser does not list it, it stays open and its answer
 * is ignored (the flow's secrets are already gone).
 */
export async function closeAuthWindow(url: string): Promise<void> {
  const origin = new URL(url).origin;
  const windows = await browser.windows.getAll({ populate: true });
  for (const window of windows) {
    const isAuth = window.tabs?.some((tab) => tab.url?.startsWith(`${origin}/`));
    if (isAuth && window.id !== undefined && window.type !== 'normal')
      await browser.windows.remove(window.id);
  }
}

/** Resolves once the sign-in the auth session was running has finished cleaning up. */
export async function untilSignInEnded(auth: Pick<AuthSession, 'flowStatus'>, tries = 50): Promise<void> {
  for (let i = 0; i < tries && (await auth.flowStatus()) === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
