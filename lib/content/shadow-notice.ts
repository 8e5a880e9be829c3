/**
 * The one way the extension puts its own UI into an Outreach page (the tab notice, the offer
 * notice, the org marker): a host element with a closed shadow root, so page CSS cannot restyle
 * it and page scripts cannot read or press it, and buttons that act only on a person's decision.
 */

export interface ShadowBox {
  /** The element in the page's DOM; everything else is inside its closed shadow root. */
  host: HTMLElement;
  /** The box the UI goes into (the shadow root's only child). */
  box: HTMLElement;
}

export interface ShadowBoxOptions {
  css: string;
  /** The host's tag: a custom name keeps page selectors such as `div` off it. */
  tag?: string;
  role?: string;
  label?: string;
  className?: string;
}

/** A host with a closed shadow root, its own style sheet and one box; not yet in the page. */
export function createShadowBox(options: ShadowBoxOptions, doc: Document = document): ShadowBox {
  const host = doc.createElement(options.tag ?? 'div');
  const root = host.attachShadow({ mode: 'closed' });
  // A constructed sheet, not a `<style>`: a page's `style-src` policy does not block it.
  const sheet = new (doc.defaultView ?? globalThis).CSSStyleSheet();
  // `:host { all: initial }` first: the page's inherited styles stop at the host.
  sheet.replaceSync(`:host { all: initial; }\n${options.css}`);
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = options.className ?? 'box';
  if (options.role) box.setAttribute('role', options.role);
  if (options.label) box.setAttribute('aria-label', options.label);
  root.append(box);
  return { host, box };
}

/**
 * Whether a click on `host`'s UI is a person's decision: trusted, at least `armAfterMs` after
 * `shownAt` (a click meant for the page below is not one), and, for a pointer click, landing on the
 * host while it is on top (not through something the page laid over it). Keyboard clicks
 * (`detail === 0`) come from focus, which the page cannot move into a closed shadow root.
 */
export function isDecision(
  event: MouseEvent,
  host: HTMLElement,
  shownAt: number,
  armAfterMs: number,
  doc: Document = host.ownerDocument,
): boolean {
  if (!event.isTrusted || performance.now() - shownAt < armAfterMs) return false;
  return event.detail === 0 || doc.elementFromPoint(event.clientX, event.clientY) === host;
}

export interface GuardedButton {
  label: string;
  className?: string;
  onPress: () => void;
}

/**
 * A button that runs `onPress` only for a decision ({@link isDecision}); it is disabled until it
 * is armed, so the wait is visible, and the host gets `data-cis-armed` then (tests wait for it).
 */
export function guardedButtons(
  host: HTMLElement,
  buttons: GuardedButton[],
  armAfterMs: number,
  doc: Document = host.ownerDocument,
): HTMLButtonElement[] {
  const shownAt = performance.now();
  const elements = buttons.map(({ label, className, onPress }) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.className = className ?? '';
    element.textContent = label;
    element.disabled = true;
    element.addEventListener('click', (event) => {
      if (isDecision(event, host, shownAt, armAfterMs, doc)) onPress();
    });
    return element;
  });
  setTimeout(() => {
    for (const element of elements) element.disabled = false;
    host.dataset.cisArmed = '';
  }, armAfterMs);
  return elements;
}

/** A `<bdi>` with `text`: a name in another script does not reorder the sentence around it. */
export function bdi(text: string, doc: Document = document): HTMLElement {
  const element = doc.createElement('bdi');
  element.textContent = text;
  return element;
}
