import { lazyModule } from './lazy';

/**
 * The popup's parts that its first screen does not show, from one chunk (`extras.ts`): started by
 * the list's first render (`ReadyBanners` is always rendered with a list), so it is there before
 * anyone opens the menu or an action fails.
 */
export const extras = lazyModule(() => import('./extras'));
export const Banner = extras.part((module) => module.Banner);
export const HeaderMenuList = extras.part((module) => module.HeaderMenuList);
export const ReadyBanners = extras.part((module) => module.ReadyBanners);
