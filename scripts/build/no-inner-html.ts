import type { Plugin } from 'vite';

/** Preact's diff writes `dangerouslySetInnerHTML.__html` into `innerHTML` (minified names vary). */
const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * Removes the one `innerHTML` assignment of a dynamic value from the bundles: Preact's support
 * for `dangerouslySetInnerHTML`, which this extension never uses. Mozilla's linter rightly flags
 * it (`UNSAFE_VAR_ASSIGNMENT`); with it gone, a stray `dangerouslySetInnerHTML` throws instead of
 * writing markup. The build fails if Preact's code no longer has the expected shape, so an
 * upgrade cannot bring the assignment back unnoticed.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'cis:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const rewritten = code.replace(
        PREACT_INNER_HTML,
        '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this extension")})()',
      );
      if (rewritten === code) throw new Error(`${id}: Preact's innerHTML assignment was not found`);
      return { code: rewritten, map: null };
    },
  };
}
