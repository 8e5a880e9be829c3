// Code the bench injects into every page it opens (Playwright init scripts): nothing here ships.

/** The `localStorage` key of the popup's first-paint snapshot (`PAINT_KEY`, lib/popup/snapshot.ts). */
export const SNAPSHOT_KEY = 'cis.popup-paint.v2';

/**
 * Records `window.__listShownAt`: `performance.now()` (ms since navigation start) in the first
 * animation frame where an option of a listbox exists, i.e. just before the frame that paints the
 * list's first screen. The floor page and the popup are measured by the same probe.
 */
export function listShownProbe() {
  const check = () => {
    // AWS Extend Switch Roles' rows are `#roleList > li` (scripts/bench/aesr.mjs).
    if (document.querySelector('[role="option"], #roleList > li')) {
      window.__listShownAt = performance.now();
      // What that first screen shows besides the orgs (issue 14): a pin, a session status line.
      window.__listShownWith = {
        pinned: document.querySelector('.badge--pinned') !== null,
        status: document.querySelector('.org__status') !== null,
      };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Counts the popup's settled `runtime.sendMessage` replies (`window.__settledReplies`), so the bench
 * types only once the background's answer has been applied, and records for each keystroke
 * (`window.__keystrokes`): `delay`, from the key event's timestamp to its first handler (the
 * browser's input queueing, the same for any page); from that handler, `paint`, to a task queued by
 * the next animation frame (it runs once that frame is painted), and `work`, to the end of the
 * key's own work (handlers, the render they schedule, layout); `input` is `delay + paint`.
 */
export function popupProbe() {
  window.__settledReplies = 0;
  window.__keystrokes = [];
  const runtime = globalThis.chrome?.runtime;
  if (runtime) {
    const original = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      const reply = original(...args);
      reply
        .finally(() => {
          window.__firstReplyAt ??= performance.now();
          window.__settledReplies += 1;
        })
        .catch(() => undefined);
      return reply;
    };
  }
  addEventListener(
    'keydown',
    (event) => {
      const handled = performance.now();
      const delay = handled - event.timeStamp;
      let work = 0;
      // The filter's own input handler runs first and Preact renders in a microtask right after it,
      // so by this listener (window, bubbling) the list is rendered; layout is forced here.
      addEventListener(
        'input',
        () => {
          document.body.getBoundingClientRect();
          work = performance.now() - handled;
        },
        { once: true },
      );
      requestAnimationFrame(() =>
        setTimeout(() => {
          const paint = performance.now() - handled;
          window.__keystrokes.push({ key: event.key, delay, work, paint, input: delay + paint });
        }),
      );
    },
    { capture: true },
  );
}

/** Records `window.__widths`: the window's inner width in each of the first 30 animation frames. */
export function widthProbe() {
  window.__widths = [];
  const record = () => {
    window.__widths.push(innerWidth);
    if (window.__widths.length < 30) requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
}
