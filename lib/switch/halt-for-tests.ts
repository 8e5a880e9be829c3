import type { SessionStore } from '../storage/session-store';
import type { SwitchStep } from './switch-intent';

/** `storage.session` key a test sets to the step a switch should be held at. */
export const HALT_AT_KEY = 'test.haltSwitchAt';
/** Set once a switch is held, so the test knows when to stop the worker. */
export const HALTED_AT_KEY = 'test.switchHaltedAt';

/**
 * Test hook, sandbox builds only (start-background.ts wires it for `sandbox` modes; store builds
 * never do): holds the switch at the step the test named, once, so the end-to-end test can stop the
 * worker at exactly that step (`ServiceWorker.stopAllWorkers`) instead of guessing a delay.
 */
export function haltForTests(store: SessionStore): (step: SwitchStep) => Promise<void> {
  return async (step) => {
    if ((await store.get<string>(HALT_AT_KEY)) !== step) return;
    await store.remove(HALT_AT_KEY);
    await store.set(HALTED_AT_KEY, step);
    await new Promise<never>(() => undefined);
  };
}
