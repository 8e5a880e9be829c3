// The real toolbar popup, timed from `chrome.action.openPopup()` (called in the extension's worker)
// to the first animation frame with an option in its DOM, the same probe as the tab figures
// (scripts/bench/probe.mjs), injected over DevTools before the popup's own scripts run.
import { connectBrowser } from './cdp.mjs';
import { listShownProbe, popupProbe, widthProbe } from './probe.mjs';

const PROBES = [listShownProbe, popupProbe, widthProbe].map((probe) => `(${probe})();`).join('\n');

/**
 * Watches the browser for the popup's target: every new page is held at its start, given the
 * probes, then let run. Returns `open(worker, popupPath)`, which opens the popup whose page is
 * `popupPath` and returns { ms, page, widths, with } once its list is shown (and, for ours, its `getState`
 * reply applied), then closes it.
 */
export async function realPopupTimer(profileDir) {
  const cdp = await connectBrowser(profileDir);
  let onPopup = null;
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo, waitingForDebugger }) => {
    // The popup attaches as `other`, with no URL yet.
    if ((targetInfo.type === 'page' || targetInfo.type === 'other') && onPopup) {
      await cdp.send('Page.enable', {}, sessionId).catch(() => undefined);
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBES }, sessionId);
      onPopup(sessionId);
    }
    if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  async function open(worker, popupPath, { waitForReply = false } = {}) {
    const attached = new Promise((resolve) => (onPopup = resolve));
    await worker.evaluate((path) => globalThis.chrome.action.setPopup({ popup: path }), popupPath);
    const openedAt = await worker.evaluate(async () => {
      const at = performance.timeOrigin + performance.now();
      await globalThis.chrome.action.openPopup();
      return at;
    });
    const sessionId = await attached;
    onPopup = null;
    const shown = await cdp.evaluate(
      sessionId,
      `new Promise((resolve) => {
        const deadline = performance.now() + 15000;
        const check = () => (window.__listShownAt !== undefined && (${!waitForReply} || window.__settledReplies > 0)
          ? resolve({
              shownAt: performance.timeOrigin + window.__listShownAt,
              widths: window.__widths,
              with: window.__listShownWith,
              page: window.__listShownAt - performance.getEntriesByType('navigation')[0].fetchStart,
            })
          : performance.now() > deadline ? resolve(null) : requestAnimationFrame(check));
        check();
      })`,
    );
    if (!shown) throw new Error(`The popup ${popupPath} showed no list within 15 s.`);
    const closed = new Promise((resolve) => {
      const stop = cdp.on('Target.detachedFromTarget', (params) => {
        if (params.sessionId === sessionId) resolve(stop());
      });
    });
    await cdp.evaluate(sessionId, 'window.close()').catch(() => undefined);
    await closed;
    // `page`: from the popup page's own fetch start, i.e. without the browser's popup creation.
    return { ms: shown.shownAt - openedAt, page: shown.page, widths: shown.widths, with: shown.with };
  }

  return { open, close: () => cdp.close() };
}
