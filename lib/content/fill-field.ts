/**
 * Check, fill, re-check: the only way the alias goes into a page. The field must be visible to a
 * person before the fill (our rules, then the compositor's own IntersectionObserver v2 verdict),
 * and still be right after it, when the page's focus, input and change handlers have run (one of
 * them could set `body { opacity: 0 }`); and again just before the form is submitted.
 */
import { clearField, fillField, isUsableField, submitField } from './login-form';
import { trackedVisibility } from './visibility';

export type FillOutcome = { ok: true } | { ok: false; reason: 'not-visible' | 'hidden-while-filling' };

/**
 * Fills `value` into `input` only if a person can see the field before and right after the fill;
 * if the page hid or covered it meanwhile, the value is cleared again. Never submits.
 */
export async function fillVisibleField(
  input: HTMLInputElement,
  value: string,
  win: Window = window,
): Promise<FillOutcome> {
  if (!isUsableField(input, win)) return { ok: false, reason: 'not-visible' };
  if ((await trackedVisibility(input, win)) === false) return { ok: false, reason: 'not-visible' };
  // The page ran while we waited for the compositor: check again, then fill in the same task.
  if (!isUsableField(input, win)) return { ok: false, reason: 'not-visible' };
  fillField(input, value);
  return recheck(input, win);
}

/** The re-check after a fill: still usable, else the value is cleared. */
export function recheck(input: HTMLInputElement, win: Window = window): FillOutcome {
  if (isUsableField(input, win)) return { ok: true };
  clearField(input);
  return { ok: false, reason: 'hidden-while-filling' };
}

/**
 * Presses Next only if the field is still visible (the page ran while the fill was reported);
 * otherwise clears it and answers why nothing was submitted.
 */
export function submitIfStillVisible(input: HTMLInputElement, win: Window = window): FillOutcome {
  const outcome = recheck(input, win);
  if (outcome.ok) submitField(input);
  return outcome;
}
