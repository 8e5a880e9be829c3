import { browser } from 'wxt/browser';

/**
 * The production gate's small window (`gate.html`, lib/gate/gate-page.ts): an extension page in a
 * popup-type window, so it shows whichever tab is active and no web page can draw over it.
 */
export async function openGateWindow(id: string): Promise<number | null> {
  const created = await browser.windows.create({
    url: browser.runtime.getURL(`/gate.html?q=${encodeURIComponent(id)}` as const),
    type: 'popup',
    width: 440,
    height: 240,
    focused: true,
  });
  return created?.id ?? null;
}
