import { fillField } from '../content/login-form';
import type { ChoiceKind } from './page-facts';

/**
 * The act step of the site adapter: what is done to an element a decision chose. Clicks are plain
 * `click()`s, so a script-driven `<button type="button">` (no `<form>`) is pressed as well as a
 * form's submit button.
 */

/** Types the value so React-style value tracking sees it (native setter, then `input`/`change`). */
export function typeInto(input: HTMLInputElement, value: string): void {
  fillField(input, value);
}

/** Presses a Continue/Next button; with no button, submits the field's form (Enter). */
export function press(button: HTMLElement | null, field: HTMLInputElement | null = null): boolean {
  if (button) {
    button.click();
    return true;
  }
  const form = field?.form;
  if (!form) return false;
  form.requestSubmit();
  return true;
}

/** Chooses a selection-window choice the way a person would. */
export function choose(element: HTMLElement, kind: ChoiceKind): void {
  if (kind !== 'option') {
    element.click();
    return;
  }
  const option = element as HTMLOptionElement;
  const select = option.closest('select');
  if (!select) return;
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(select, option.value);
  else select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
