import type { OutputBundle } from 'rollup';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { firstOpenChunks, firstPaintFirst } from '../../../scripts/build/chunks';

// scripts/build/chunks.ts: the popup's page as the build ships it. The first-paint script must be
// its first request (nothing fetched ahead of it), and a first open must find its chunks listed.

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  moduleIds,
  imports,
});
const bundle = {
  'chunks/popup-1.js': chunk('chunks/popup-1.js', ['/x/entrypoints/popup/main.tsx'], ['chunks/plugins-2.js']),
  'chunks/plugins-2.js': chunk('chunks/plugins-2.js', ['\0virtual:wxt-plugins']),
  'chunks/start-3.js': chunk(
    'chunks/start-3.js',
    ['/x/lib/popup/early-request.ts', '/x/entrypoints/popup/start.tsx'],
    ['chunks/shared-4.js', 'chunks/plugins-2.js'],
  ),
  'chunks/shared-4.js': chunk('chunks/shared-4.js', ['/x/node_modules/preact/dist/preact.mjs']),
  'chunks/read-5.js': chunk('chunks/read-5.js', ['/x/lib/db/read-display-list.ts'], ['chunks/shared-4.js']),
  'chunks/options-6.js': chunk(
    'chunks/options-6.js',
    ['/x/entrypoints/options/main.tsx'],
    ['chunks/shared-4.js'],
  ),
  'popup.css': { type: 'asset', fileName: 'popup.css', source: '' },
} as unknown as OutputBundle;
const FIRST_OPEN = /[\\/](entrypoints[\\/]popup[\\/]start\.tsx|lib[\\/]db[\\/]read-display-list\.ts)$/;

const VITE_OUTPUT = `<html><head><title>T</title>
    <script type="module" crossorigin src="/chunks/popup-1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/plugins-2.js">
    <style>.a{}</style>
  </head>
  <body>
    <div id="app"></div>
    <script src="/popup-paint.js"></script>
  </body></html>`;

function transform(html: string, filename = '/x/entrypoints/popup/index.html') {
  const plugin = firstPaintFirst('popup/index.html', '/popup-paint.js', FIRST_OPEN);
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return hook.handler(html, { bundle, filename, path: '/popup.html' } as IndexHtmlTransformContext);
}

describe('firstPaintFirst', () => {
  it('makes the first-paint script the page’s first request, the module and its preloads after it', () => {
    const html = transform(VITE_OUTPUT);
    const requests = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(requests).toEqual(['/popup-paint.js', '/chunks/popup-1.js', '/chunks/plugins-2.js']);
    expect(html.indexOf('<script type="module"')).toBeGreaterThan(html.indexOf('<div id="app">'));
  });

  it('lists what a first open needs, once, and nothing the page already loads', () => {
    const html = transform(VITE_OUTPUT);
    expect(/data-app="([^"]*)"/.exec(html)?.[1]).toBe(
      '/chunks/start-3.js /chunks/shared-4.js /chunks/read-5.js',
    );
  });

  it('leaves other pages alone', () => {
    expect(transform(VITE_OUTPUT, '/x/entrypoints/options/index.html')).toBe(VITE_OUTPUT);
  });

  it('refuses a popup page without the first-paint script', () => {
    expect(() => transform(VITE_OUTPUT.replace('<script src="/popup-paint.js"></script>', ''))).toThrow(
      /no <script src="\/popup-paint.js">/,
    );
  });
});

describe('firstOpenChunks', () => {
  it('follows static imports through the bundle, each file once', () => {
    expect(firstOpenChunks(bundle, /start\.tsx$/)).toEqual([
      'chunks/start-3.js',
      'chunks/shared-4.js',
      'chunks/plugins-2.js',
    ]);
  });
});
