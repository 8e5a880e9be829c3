import { browser } from 'wxt/browser';

/**
 * The one place that creates tabs (a lint rule keeps `tabs.create` here), so every new tab the
 * extension opens goes through the same checks.
 */
export async function openTab(
  url: string,
  options: { active?: boolean; windowId?: number; cookieStoreId?: string } = {},
) {
  const { protocol } = new URL(url);
  if (
    url !== 'about:blank' &&
    !['https:', 'http:', 'chrome-extension:', 'moz-extension:'].includes(protocol)
  ) {
    throw new Error(`Refusing to open a ${protocol} URL.`);
  }
  // `cookieStoreId` (Firefox) opens the tab in a container; it is left out where none is asked for.
  const container = options.cookieStoreId === undefined ? {} : { cookieStoreId: options.cookieStoreId };
  return browser.tabs.create({
    url,
    active: options.active ?? true,
    windowId: options.windowId,
    ...container,
  });
}
