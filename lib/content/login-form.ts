/**
 * Finding and filling an instance login page's email field. Only a field a person could see and
 * use is ever filled: enabled, and visible by every rule of `visibility.ts` (effective opacity,
 * filters, masks, clips, scale, nothing painted above it).
 */
import { isVisibleToPerson } from './visibility';

const FIELD_SELECTOR = [
  'input[type="email"]',
  'input[autocomplete~="username"]',
  'input[name="email"]',
  'input[name="username"]',
].join(',');

/**
 * Whether a person could see and type into the field right now: enabled and editable, and visible
 * by {@link isVisibleToPerson} (its own `<label>` may sit over it, as floating labels do).
 */
export function isUsableField(input: HTMLInputElement, win: Window = window): boolean {
  if (input.disabled || input.readOnly || input.type === 'hidden' || !input.isConnected) return false;
  const labels = [...(input.labels ?? [])];
  const isOwnLabel = (element: Element) =>
    labels.some((label) => label === element || label.contains(element));
  return isVisibleToPerson(input, win, { mayOverlap: isOwnLabel });
}

/** The login page's usable email field, if there is one. */
export function findLoginField(doc: Document = document): HTMLInputElement | null {
  const win = doc.defaultView ?? window;
  for (const input of doc.querySelectorAll<HTMLInputElement>(FIELD_SELECTOR)) {
    if (input.type === 'password') continue;
    input.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (isUsableField(input, win)) return input;
  }
  return null;
}

/** Waits (MutationObserver, not polling) until a usable login field appears, or `timeoutMs` passes. */
export function waitForLoginField(
  timeoutMs: number,
  doc: Document = document,
): Promise<HTMLInputElement | null> {
  const found = findLoginField(doc);
  if (found || timeoutMs <= 0) return Promise.resolve(found);
  return new Promise((done) => {
    const observer = new MutationObserver(() => {
      const field = findLoginField(doc);
      if (field) finish(field);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(field: HTMLInputElement | null) {
      observer.disconnect();
      clearTimeout(timer);
      done(field);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Types a value the way framework-built forms notice: through the element's native value setter,
 * then `input` and `change` events (React and others track the setter, not the attribute).
 */
export function fillField(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  input.focus();
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Empties a field the same way it was filled, so the page's framework sees it empty too. */
export function clearField(input: HTMLInputElement): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, '');
  else input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Presses the form's Next/submit, as a person would. */
export function submitField(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const button = form.querySelector<HTMLButtonElement | HTMLInputElement>(
    'button[type="submit"], input[type="submit"], button:not([type])',
  );
  form.requestSubmit(button ?? undefined);
}
