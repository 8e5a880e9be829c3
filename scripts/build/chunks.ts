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
const TAG_FILE = /(?:src|href)="\/([^"]+)"/;

/**
 * Leaves the first-paint page `page` (popup.html) one request on the way to its first screen: its
 * first-paint script (`paintScript`, a classic file at the end of `<body>`). Vite puts the module
 * script and its preloads at the top of `<head>`, where they are fetched beside that script and run
 * before the painted list's first frame; they go, and the script loads the module itself
 * (`data-module`) once the list is on screen, or at once with nothing to paint. For that case,
 * `data-app` lists what the app needs next, which the script preloads side by side instead of
 * each arriving only once the module before it has run: the module's own imports (Vite's
 * preloads) and the chunks holding the modules `firstOpen` matches, with everything they import.
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
        const tags = html.match(MODULE_TAGS) ?? [];
        const entry = tags.find((tag) => tag.includes('<script'));
        const moduleFile = entry && TAG_FILE.exec(entry)?.[1];
        if (!moduleFile) throw new Error(`${page} has no module script.`);
        const preloaded = tags.filter((tag) => tag !== entry).map((tag) => TAG_FILE.exec(tag)?.[1] ?? '');
        const app = [...new Set([...preloaded, ...firstOpenChunks(ctx.bundle, firstOpen)])].filter(
          (file) => file && file !== moduleFile,
        );
        const attributes = `data-module="/${moduleFile}" data-app="${app.map((file) => `/${file}`).join(' ')}"`;
        return html
          .replace(MODULE_TAGS, '')
          .replace(paintTag, `<script src="${paintScript}" ${attributes}></script>`);
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
