// The popup's second chunk (`extras` in lazy-parts.ts), fetched as the app starts, beside the
// state: what the list's first screen does not show. Its banners, the open header menu.
export { Banner } from '../../components/Banner';
export { HeaderMenuList } from '../../components/HeaderMenuList';
export { ReadyBanners } from './ReadyBanners';
