import type { ShownView } from './packed-orgs';

/** Whether the first screen is the bare list (no banner above it), the only one worth painting early. */
export function isPlainList(state: ShownView): boolean {
  const group = state.group;
  if (!group || group.instances.length === 0 || group.droppedCount > 0) return false;
  if (state.error || state.cacheWarning || state.orgOffer) return false;
  return state.phase === 'ready';
}

/** The first of `promises` to give a value (not `null`), or `null` once all gave none or failed. */
export function firstOf<T>(...promises: Promise<T | null>[]): Promise<T | null> {
  return new Promise((resolve) => {
    let left = promises.length;
    const settle = () => --left === 0 && resolve(null);
    for (const promise of promises) {
      promise.then((value) => (value === null ? settle() : resolve(value)), settle);
    }
  });
}

/** How long a guessed cached state waits for the background's answer before it is shown. */
const GUESS_WAITS_MS = 150;

/**
 * A state read from the cache whose phase is only a guess (no first-paint snapshot said what the
 * last screen was: a plain list is assumed), shown only if the background has not answered within
 * `waitMs`: the answer (a signed-out session, an error) would else move the guessed list down under
 * its banner. `null` when the answer came first, or when it failed after the wait.
 */
export function unlessAnsweredSoon<T>(
  guessed: T,
  answer: Promise<unknown>,
  waitMs = GUESS_WAITS_MS,
): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(guessed), waitMs);
    answer.then(
      () => {
        clearTimeout(timer);
        resolve(null);
      },
      () => undefined,
    );
  });
}
