import { nativeBrowser as browser } from '../browser/native-browser';

/** A message name from `_locales/en/messages.json` (typed by `wxt prepare`). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * Words for people, from `_locales/<lang>/messages.json`. A missing message shows its key, so the
 * gap is visible instead of blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
