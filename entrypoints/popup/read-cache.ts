// Loaded on demand (start.tsx): the popup's own read of the cached list, and that list as the
// popup's state until the background answers. The first paint covers the first screen meanwhile.
import type { DisplayList } from '../../lib/db/read-display-list';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { stateFromCache } from '../../lib/popup/cache-state';
import { readPaintSnapshot } from '../../lib/popup/snapshot';

export { readDisplayList } from '../../lib/db/read-display-list';

/**
 * The cached list as a state, in the phase and source the last first paint had; `isGuess` when
 * there was none to say (a plain list is assumed).
 */
export function cacheState(list: DisplayList): { state: ShownView; isGuess: boolean } {
  const hint = readPaintSnapshot();
  return { state: stateFromCache(list, hint), isGuess: hint === null };
}
