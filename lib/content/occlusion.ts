/**
 * Is anything painted above an element? `elementsFromPoint` skips `pointer-events: none` boxes, so
 * an overlay a person sees but cannot click would pass; for the duration of one synchronous check
 * every such box gets `pointer-events: auto !important` inline, and is put back before the page's
 * scripts can run again.
 */
import { selfAndAncestors } from './flat-tree';

/** Sample points, as fractions of the element's box: the centre and four inner corners. */
const POINTS: readonly [number, number][] = [
  [0.5, 0.5],
  [0.2, 0.25],
  [0.8, 0.25],
  [0.2, 0.75],
  [0.8, 0.75],
];
/** Below this effective opacity a covering box paints nothing a person could see. */
const MIN_PAINTED_OPACITY = 0.05;
const REPLACED = new Set([
  'IMG',
  'VIDEO',
  'CANVAS',
  'SVG',
  'IFRAME',
  'EMBED',
  'OBJECT',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
]);

type ShadowOpener = (element: Element) => ShadowRoot | null;

/** Closed shadow roots are reachable from content scripts (`dom.openOrClosedShadowRoot`). */
function shadowOpener(): ShadowOpener {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowOpener } } }).chrome
    ?.dom;
  if (chromeDom?.openOrClosedShadowRoot)
    return (element) => chromeDom.openOrClosedShadowRoot!(element) ?? null;
  return (element) =>
    (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
    element.shadowRoot;
}

/** Every element of the document, shadow trees included. */
function allElements(doc: Document): Element[] {
  const open = shadowOpener();
  const found: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let root = roots.pop(); root; root = roots.pop()) {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      const shadow = open(element);
      if (shadow) roots.push(shadow);
    }
  }
  return found;
}

/** Sets `pointer-events: auto !important` on every box without it; returns the undo. */
function forceHitTesting(doc: Document, win: Window): () => void {
  const undo: (() => void)[] = [];
  for (const element of allElements(doc)) {
    const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style || win.getComputedStyle(element).pointerEvents !== 'none') continue;
    const value = style.getPropertyValue('pointer-events');
    const priority = style.getPropertyPriority('pointer-events');
    style.setProperty('pointer-events', 'auto', 'important');
    undo.push(() =>
      value ? style.setProperty('pointer-events', value, priority) : style.removeProperty('pointer-events'),
    );
  }
  return () => undo.forEach((step) => step());
}

function alphaOf(color: string): number {
  if (color === 'transparent' || color === '') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return slash[2] ? parseFloat(slash[1]!) / 100 : parseFloat(slash[1]!);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(color);
  return rgba ? parseFloat(rgba[1]!) : 1;
}

/** Whether a box paints anything a person could see (an empty transparent container does not). */
export function paintsSomething(element: Element, win: Window): boolean {
  let opacity = 1;
  for (const node of selfAndAncestors(element)) opacity *= Number(win.getComputedStyle(node).opacity);
  if (opacity < MIN_PAINTED_OPACITY) return false;
  if (REPLACED.has(element.tagName.toUpperCase())) return true;
  const style = win.getComputedStyle(element);
  if (alphaOf(style.backgroundColor) > MIN_PAINTED_OPACITY || style.backgroundImage !== 'none') return true;
  if (style.boxShadow !== 'none' || style.backdropFilter !== 'none' || parseFloat(style.borderTopWidth) > 0) {
    return true;
  }
  for (const pseudo of ['::before', '::after']) {
    const content = win.getComputedStyle(element, pseudo).content;
    if (content !== 'none' && content !== 'normal') return true;
  }
  return [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim() !== '');
}

function isPartOf(target: Element, hit: Element): boolean {
  return hit === target || target.contains(hit);
}

/** The first box painted above `target` at point (x, y), or `null` when the target is on top. */
function coveringAt(target: Element, x: number, y: number, win: Window, mayOverlap: (e: Element) => boolean) {
  // Inside a shadow tree, the tree's own `elementsFromPoint` names its elements (not just the host).
  const root = target.getRootNode() as Partial<DocumentOrShadowRoot>;
  const stack = (
    root.elementsFromPoint ? (root as DocumentOrShadowRoot) : target.ownerDocument
  ).elementsFromPoint(x, y);
  for (const hit of stack) {
    if (isPartOf(target, hit)) return null;
    if (!mayOverlap(hit) && (paintsSomething(hit, win) || paintsInShadow(hit, x, y, win))) return hit;
  }
  return stack[0] ?? target.ownerDocument.documentElement;
}

/**
 * `elementsFromPoint` names a shadow host for whatever its shadow tree has at the point; whether
 * the host covers anything depends on what that tree paints there (closed trees included).
 */
function paintsInShadow(host: Element, x: number, y: number, win: Window, depth = 0): boolean {
  const shadow = shadowOpener()(host);
  if (!shadow || depth > 8) return false;
  return shadow
    .elementsFromPoint(x, y)
    .filter((inner) => inner !== host && shadow.contains(inner))
    .some((inner) => paintsSomething(inner, win) || paintsInShadow(inner, x, y, win, depth + 1));
}

/**
 * The first element painted above `target` at any of five points of its box (pointer-events or
 * not, the top layer included), or `null` when nothing is. `mayOverlap` names boxes that may be
 * (the field's own label).
 */
export function coveringElement(
  target: Element,
  win: Window = window,
  mayOverlap: (element: Element) => boolean = () => false,
): Element | null {
  const rect = target.getBoundingClientRect();
  const restore = forceHitTesting(target.ownerDocument, win);
  try {
    for (const [fx, fy] of POINTS) {
      const x = Math.min(Math.max(rect.left + rect.width * fx, 0), win.innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height * fy, 0), win.innerHeight - 1);
      const covering = coveringAt(target, x, y, win, mayOverlap);
      if (covering) return covering;
    }
    return null;
  } finally {
    restore();
  }
}
