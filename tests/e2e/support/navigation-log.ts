import type { BrowserContext, Page, Worker } from '@playwright/test';

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

type ExtensionApi = (typeof import('wxt/browser'))['browser'];

/**
 * Every URL the extension's tabs commit to on the connection's hosts, recorded by the service
 * worker itself (`tabs.onUpdated`). Unlike page events, it sees the first page of a tab the
 * extension opens. The worker must not be stopped while it records.
 */
export async function watchTabUrls(worker: Worker) {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { committedUrls: string[]; chrome: ExtensionApi };
    scope.committedUrls = [];
    scope.chrome.tabs.onUpdated.addListener((_tabId, change) => {
      if (change.url) scope.committedUrls.push(change.url);
    });
  });
  const urls = () =>
    worker.evaluate(() => (globalThis as unknown as { committedUrls: string[] }).committedUrls);
  return {
    urls,
    count: async (pattern: RegExp) => (await urls()).filter((url) => pattern.test(url)).length,
    clear: () =>
      worker.evaluate(
        () => void (globalThis as unknown as { committedUrls: string[] }).committedUrls.splice(0),
      ),
  };
}
