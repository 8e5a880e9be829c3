import type { ShownView } from '../../lib/popup/packed-orgs';
import { isPlainList } from '../../lib/popup/first-state';
import { lazyModule } from './lazy';

/**
 * The popup's parts that a plain list's first screen does not show, from one chunk (`extras.ts`):
 * fetched as the app starts, beside the state (start.tsx), so it is there before anyone opens the
 * menu or an action fails; a first state with a banner waits for it (`withBanners`).
 */
export const extras = lazyModule(() => import('./extras'));
export const Banner = extras.part((module) => module.Banner);
export const HeaderMenuList = extras.part((module) => module.HeaderMenuList);
export const ReadyBanners = extras.part((module) => module.ReadyBanners);

/**
 * `state`, once the chunk is there when its screen has a banner (not a plain list): the banner is
 * then in the list's first frame, and nothing moves down. A plain list (every first paint's) waits
 * for nothing.
 */
export function withBanners<T extends ShownView | null>(state: T): Promise<T> {
  return !state || isPlainList(state) ? Promise.resolve(state) : extras.preload().then(() => state);
}
