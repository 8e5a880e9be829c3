import type { ShownView } from '../../lib/popup/packed-orgs';
import { firstScreenSnapshot } from '../../lib/popup/first-screen';
import type { RowExtras } from '../../lib/popup/paint-snapshot';
import { clearPaintSnapshot, writePaintSnapshot } from '../../lib/popup/snapshot';

/**
 * Keeps the first-paint snapshot in step with the plain list the popup shows, its pins and
 * session status included. Loaded lazily (`import()`) once the list is on screen: nothing here is
 * needed for the first screen.
 */
export function rememberFirstScreen(state: ShownView, extras: RowExtras, askedAt?: number): void {
  writePaintSnapshot(firstScreenSnapshot(state, extras), localStorage, askedAt);
}

/**
 * Clears the first-paint snapshot: the screen is not a plain list. Through this module, as the
 * writes are: dynamic imports of one module resolve in the order they were asked, so a write
 * asked for before the screen changed never lands after the clear (a stale plain list would be
 * painted on the next open, and the screen's banner would then move it down).
 */
export function forgetFirstScreen(): void {
  clearPaintSnapshot();
}
