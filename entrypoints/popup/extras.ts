// The popup's second chunk, loaded on demand (`extras` in lazy-parts.ts) and ahead of need once the
// list is on screen: what its first screen does not show. Its banners, the open header menu.
export { Banner } from '../../components/Banner';
export { HeaderMenuList } from '../../components/HeaderMenuList';
export { ReadyBanners } from './ReadyBanners';
