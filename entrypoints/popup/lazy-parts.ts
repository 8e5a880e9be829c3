import { lazyModule } from './lazy';

/**
 * The popup's parts that its first screen does not show, from one chunk (`extras.ts`): fetched as
 * the app starts, beside the state (start.tsx), so it is there when a list with a banner is first
 * rendered, and before anyone opens the menu or an action fails.
 */
export const extras = lazyModule(() => import('./extras'));
export const Banner = extras.part((module) => module.Banner);
export const HeaderMenuList = extras.part((module) => module.HeaderMenuList);
export const ReadyBanners = extras.part((module) => module.ReadyBanners);
