import { collectPage } from '../site/page-facts';
import type { CollectedPage } from '../site/page-facts';

/**
 * Reads the page (the adapter's collect step) now and again after each DOM change, until `decide`
 * answers or `timeoutMs` passes. A MutationObserver, not polling: an SPA's steps come as mutations.
 */
export function waitForPage<T>(
  decide: (page: CollectedPage) => T | null,
  timeoutMs: number,
  doc: Document = document,
): Promise<{ answer: T | null; page: CollectedPage }> {
  let page = collectPage(doc);
  const first = decide(page);
  if (first !== null || timeoutMs <= 0) return Promise.resolve({ answer: first, page });
  return new Promise((done) => {
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      // One read per animation frame at most, however many mutations a render makes.
      requestAnimationFrame(() => {
        scheduled = false;
        page = collectPage(doc);
        const answer = decide(page);
        if (answer !== null) finish(answer);
      });
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(answer: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      done({ answer, page });
    }
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}
