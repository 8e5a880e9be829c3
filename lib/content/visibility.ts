/**
 * Whether a person can see an element: the rule the login field and the in-page chooser both
 * follow (DESIGN.md, "Visible means a person can see it"). Every check reads the element and each
 * ancestor up the flat tree (slots and shadow hosts included, up to `html`), because a page can
 * hide a field through any of them. Answers carry the first reason found, for tests and messages.
 */
import { selfAndAncestors } from './flat-tree';
import { coveringElement } from './occlusion';

/** Lowest product of `opacity` (and `filter: opacity()`) over the element and its ancestors. */
export const MIN_EFFECTIVE_OPACITY = 0.7;
/** Smallest size, in CSS pixels, of something a person could notice and click. */
const MIN_SIZE_PX = 4;
/** A scale below this (on the element or any ancestor) is a shrunk-out-of-sight element. */
const MIN_SCALE = 0.5;

export type HiddenReason =
  | 'detached'
  | 'hidden'
  | 'transparent'
  | 'filtered'
  | 'masked'
  | 'clipped'
  | 'scaled'
  | 'content-hidden'
  | 'too-small'
  | 'off-screen'
  | 'covered';

export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

/**
 * What a filter does to legibility: its `opacity()` factor, or `null` when it hides the content
 * (`blur` over 1 px, `brightness` or `contrast` far from 1, a mid `invert`, any SVG `url()`).
 */
export function filterOpacity(filter: string): number | null {
  if (filter === 'none' || filter === '') return 1;
  if (filter.includes('url(')) return null;
  let factor = 1;
  for (const [, name, raw] of filter.matchAll(/([a-z-]+)\(([^)]*)\)/g)) {
    const value = raw!.trim().endsWith('%') ? parseFloat(raw!) / 100 : parseFloat(raw!);
    const amount = Number.isNaN(value) ? 1 : value;
    if (name === 'opacity') factor *= amount;
    else if (name === 'blur' && parseFloat(raw!) > 1) return null;
    else if (name === 'brightness' && (amount < 0.5 || amount > 2)) return null;
    else if (name === 'contrast' && amount < 0.5) return null;
    else if (name === 'invert' && amount > 0.3 && amount < 0.7) return null;
  }
  return factor;
}

/** The smaller axis scale of a computed `transform` (1 for none, 0 for a degenerate matrix). */
function transformScale(transform: string, win: Window): number {
  if (transform === 'none' || transform === '') return 1;
  try {
    const m = new (win as Window & typeof globalThis).DOMMatrixReadOnly(transform);
    return Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d));
  } catch {
    return 0;
  }
}

/** The smaller factor of the individual `scale` property (`"0.1"`, `"1 0.01"`, `"none"`). */
function scaleProperty(scale: string): number {
  if (scale === 'none' || scale === '') return 1;
  const factors = scale
    .split(/\s+/)
    .map((part) => (part.endsWith('%') ? parseFloat(part) / 100 : parseFloat(part)));
  return Math.min(...factors.map((factor) => (Number.isNaN(factor) ? 1 : Math.abs(factor))));
}

/** Style checks over the element and its ancestors: opacity product, filter, mask, clip, scale. */
export function styleVisibility(element: Element, win: Window = window): Visibility {
  let opacity = 1;
  for (const [depth, node] of selfAndAncestors(element).entries()) {
    const style = win.getComputedStyle(node);
    if (style.display === 'none') return { visible: false, reason: 'hidden' };
    if (depth > 0 && style.contentVisibility === 'hidden')
      return { visible: false, reason: 'content-hidden' };
    const filtered = filterOpacity(style.filter);
    if (filtered === null) return { visible: false, reason: 'filtered' };
    opacity *= Number(style.opacity) * filtered;
    const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image');
    if ((mask && mask !== 'none') || (style.getPropertyValue('mask-border-source') || 'none') !== 'none') {
      return { visible: false, reason: 'masked' };
    }
    if (style.clipPath !== 'none' || (style.clip && style.clip !== 'auto'))
      return { visible: false, reason: 'clipped' };
    if (transformScale(style.transform, win) < MIN_SCALE || scaleProperty(style.scale) < MIN_SCALE) {
      return { visible: false, reason: 'scaled' };
    }
  }
  if (opacity < MIN_EFFECTIVE_OPACITY) return { visible: false, reason: 'transparent' };
  if (win.getComputedStyle(element).visibility !== 'visible') return { visible: false, reason: 'hidden' };
  return { visible: true };
}

/** The browser's own answer, where it has `checkVisibility` (opacity, visibility, content-visibility). */
function browserSaysVisible(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({
    opacityProperty: true,
    visibilityProperty: true,
    contentVisibilityAuto: true,
  });
}

/** Options of {@link visibilityOf}. */
export interface VisibilityOptions {
  /** Elements allowed to be painted over it (a field's own `<label>`, say). */
  mayOverlap?: (element: Element) => boolean;
}

/**
 * Whether a person can see `element` right now: connected, `checkVisibility` passes, the style
 * rules of {@link styleVisibility}, at least 4 × 4 px and not shrunk by a transform (its box is at
 * least half its layout size), its centre in the viewport, and nothing painted above it at any of
 * five points (pointer-events or not, the top layer included).
 */
export function visibilityOf(
  element: HTMLElement,
  win: Window = window,
  options: VisibilityOptions = {},
): Visibility {
  if (!element.isConnected) return { visible: false, reason: 'detached' };
  if (!browserSaysVisible(element)) return { visible: false, reason: 'hidden' };
  const styled = styleVisibility(element, win);
  if (!styled.visible) return styled;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return { visible: false, reason: 'too-small' };
  const isShrunk =
    rect.width < element.offsetWidth * MIN_SCALE || rect.height < element.offsetHeight * MIN_SCALE;
  if (isShrunk) return { visible: false, reason: 'scaled' };
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight)
    return { visible: false, reason: 'off-screen' };
  const covering = coveringElement(element, win, options.mayOverlap ?? (() => false));
  return covering ? { visible: false, reason: 'covered' } : { visible: true };
}

/** {@link visibilityOf} as a yes or no. */
export function isVisibleToPerson(
  element: HTMLElement,
  win: Window = window,
  options?: VisibilityOptions,
): boolean {
  return visibilityOf(element, win, options).visible;
}

/** Whether this browser has IntersectionObserver v2 (`trackVisibility`, `isVisible`). */
export function hasTrackedVisibility(win: Window = window): boolean {
  const { IntersectionObserverEntry: Entry } = win as Window & typeof globalThis;
  return typeof Entry === 'function' && 'isVisible' in Entry.prototype;
}

/**
 * The browser compositor's own verdict (IntersectionObserver v2): `true` only when the element is
 * unoccluded, untransformed beyond translation and fully opaque, as painted. `null` where the
 * browser lacks it, or gives no answer within `timeoutMs` (a background tab paints nothing).
 */
export function trackedVisibility(
  element: Element,
  win: Window = window,
  timeoutMs = 1000,
): Promise<boolean | null> {
  if (!hasTrackedVisibility(win)) return Promise.resolve(null);
  return new Promise((done) => {
    const { IntersectionObserver: Observer } = win as Window & typeof globalThis;
    const observer = new Observer(
      (entries) =>
        finish((entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean }).isVisible ?? null),
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    const timer = win.setTimeout(() => finish(null), timeoutMs);
    function finish(answer: boolean | null) {
      observer.disconnect();
      win.clearTimeout(timer);
      done(answer);
    }
    observer.observe(element);
  });
}
