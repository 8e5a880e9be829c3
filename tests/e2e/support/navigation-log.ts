import type { BrowserContext, Page } from '@playwright/test';

/**
 * Every main-frame page the context shows (URL and status), across all tabs, so tests can count
 * login and password pages on the way to an org.
 */
export function logDocuments(context: BrowserContext) {
  const documents: { url: string; status: number }[] = [];
  context.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'document') return;
    let isMainFrame = true;
    try {
      isMainFrame = request.frame().parentFrame() === null;
    } catch {
      // A navigation whose frame is already gone (a popup or auth window closing): count it.
    }
    // Redirect hops (a form POST answered 302) are not pages a person sees.
    if (isMainFrame && response.status() < 300)
      documents.push({ url: response.url(), status: response.status() });
  });
  return {
    documents,
    count: (pattern: RegExp) => documents.filter((doc) => pattern.test(doc.url)).length,
    clear: () => void documents.splice(0),
  };
}

/** Pages that ask for a password: the IdP's and the accounts server's interaction pages. */
export const PASSWORD_PAGE =
  /idp\.localhost:\d+\/interaction\/|accounts\.outreach\.localhost:\d+\/interaction\/[^/]+\/?(\?|$)/;
/** The app's login page. */
export const APP_LOGIN_PAGE = /app\.outreach\.localhost:\d+\/login/;

/** The tab an action opens (the switch opens a new tab when the popup is not over an Outreach tab). */
export async function nextTab(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page');
  await action();
  return opened;
}
