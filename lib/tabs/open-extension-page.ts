import { nativeBrowser as browser } from '../browser/native-browser';

/** Opens an extension page (e.g. `options.html#request`) in a new tab; safe for the popup's budget. */
export function openExtensionPage(path: string) {
  return browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/options.html') });
}
