type ExtensionApi = (typeof import('wxt/browser'))['browser'];

/**
 * The browser's own promise-based extension API (Firefox's `browser`, Chrome MV3's `chrome`),
 * without webextension-polyfill. Only the popup's code path uses it: the popup must paint from a
 * 12 KB JavaScript budget, and every API it calls already returns promises natively in MV3.
 * Everything else uses `browser` from `wxt/browser` (the polyfill).
 */
export const nativeBrowser = ((globalThis as { browser?: unknown }).browser ??
  (globalThis as { chrome?: unknown }).chrome) as ExtensionApi;
