import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

/** A dynamic import of a literal path, as esbuild leaves it in a module's code. */
const LITERAL_IMPORT = /\bimport\(("[^"\n]+"|'[^'\n]+')\)/g;

/**
 * Keeps Vite's preload helper (`__vitePreload`, about 0.5 KB gzipped) out of the modules `include`
 * matches: their lazy chunks (the popup's rare panels, its snapshot writer) need nothing preloaded,
 * as everything they import is already loaded by the page that imports them. Vite wraps only an
 * `import()` whose argument starts with a quote; Rollup still bundles `import(("./x"))` as the
 * lazy chunk it is. Runs before Vite's own import analysis (a plugin's `transform` does).
 */
export function lazyWithoutPreload(include: RegExp): Plugin {
  return {
    name: 'cis:lazy-without-preload',
    apply: 'build',
    transform(code, id) {
      if (!include.test(id) || !code.includes('import(')) return null;
      const rewritten = code.replace(LITERAL_IMPORT, 'import(($1))');
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

/**
 * Puts the modules `include` matches into one `shared` chunk, not the six small ones Rollup would
 * make: each is another request before the popup's load event, which is when Chrome shows a
 * toolbar popup (docs/BENCHMARKS.md). Only for the pages' build: the background and content
 * scripts are single files (`inlineDynamicImports`), where Rollup allows no manual chunks.
 */
export function sharedChunk(include: RegExp): Plugin {
  return {
    name: 'cis:shared-chunk',
    apply: 'build',
    outputOptions(options) {
      if (options.inlineDynamicImports) return null;
      return { ...options, manualChunks: (id: string) => (include.test(id) ? 'shared' : undefined) };
    },
  };
}

/**
 * Inlines the stylesheets of the pages `pages` names (e.g. `popup.html`) into a `<style>` in their
 * `<head>`: a linked stylesheet is one more request that blocks the first paint, and the MV3 CSP
 * (`script-src 'self'`) restricts scripts, not styles (docs/BENCHMARKS.md, popup). The file stays
 * in the bundle for any other page that links it.
 */
export function inlinePageStyles(pages: readonly string[]): Plugin {
  return {
    name: 'cis:inline-page-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !pages.some((page) => ctx.filename.endsWith(page))) return html;
        const bundle = ctx.bundle;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (!asset || asset.type !== 'asset') return tag;
            const css =
              typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
          },
        );
      },
    },
  };
}

const MODULE_TAGS = /\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)/g;

/**
 * Orders the first-paint page `page` (popup.html) for its first screen: Vite puts the module
 * script and its preloads at the top of `<head>`, so they are fetched before the first-paint
 * script (`paintScript`, a classic file at the end of `<body>`) and its answer waits behind them.
 * They move to just after that script, which becomes the page's first request. The script also
 * gets `data-app`: the chunks a first open needs (those holding the modules `firstOpen` matches,
 * with everything they import), which it preloads itself when it has nothing to paint, instead of each arriving
 * only once the module before it has run.
 */
export function firstPaintFirst(page: string, paintScript: string, firstOpen: RegExp): Plugin {
  const paintTag = `<script src="${paintScript}"></script>`;
  return {
    name: 'cis:first-paint-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith(page)) return html;
        if (!html.includes(paintTag)) throw new Error(`${page} has no ${paintTag}.`);
        const moved = html.match(MODULE_TAGS)?.map((tag) => tag.trim()) ?? [];
        const inPage = new Set(moved.map((tag) => /(?:src|href)="\/([^"]+)"/.exec(tag)?.[1]));
        const app = firstOpenChunks(ctx.bundle, firstOpen).filter((file) => !inPage.has(file));
        const tag = `<script src="${paintScript}" data-app="${app.map((file) => `/${file}`).join(' ')}"></script>`;
        return html.replace(MODULE_TAGS, '').replace(paintTag, [tag, ...moved].join(''));
      },
    },
  };
}

/** The files of the chunks holding a module `include` matches, and of all they import, in order. */
export function firstOpenChunks(bundle: OutputBundle, include: RegExp): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const files: string[] = [];
  const add = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const imported of (bundle[file] as OutputChunk | undefined)?.imports ?? []) add(imported);
  };
  for (const chunk of chunks) if (chunk.moduleIds.some((id) => include.test(id))) add(chunk.fileName);
  return files;
}
