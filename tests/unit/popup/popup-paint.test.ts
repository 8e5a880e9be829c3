import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAINT_KEY, toPaintSnapshot } from '../../../lib/popup/snapshot';
import type { PaintRow } from '../../../lib/popup/snapshot';
import { paintWords } from './fixtures';
import { PAINTING_REQUEST, takeEarlyReply } from '../../../lib/popup/early-request';
import { minifyPublicScripts } from '../../../scripts/build/minify-public-scripts';

// assets/popup-paint.js, the classic script that paints the first screen before the module loads:
// as written, and as the build ships it (minified by scripts/build/minify-public-scripts.ts).
const SOURCE_PATH = fileURLToPath(new URL('../../../assets/popup-paint.js', import.meta.url));
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const built: Parameters<typeof minifyPublicScripts>[0] = [
  { relativeDest: 'popup-paint.js', absoluteSrc: SOURCE_PATH },
];
minifyPublicScripts(built, ['popup-paint.js']);
const MINIFIED = 'contents' in built[0]! ? built[0].contents : '';
let SCRIPT = SOURCE;

const rows = (count: number): PaintRow[] =>
  Array.from({ length: count }, (_, at) => ({
    id: `org-${at + 1}`,
    name: `Org ${at + 1}`,
    login: `jane.doe+org${at + 1}@acme.test`,
    badges: [
      { text: 'Staging', kind: 'staging' },
      ...(at === 1 ? [{ text: 'You are here', kind: 'here' }] : []),
    ],
    ...(at === 1 ? { isCurrent: true } : {}),
  }));

/**
 * Runs the script in a fresh popup document whose localStorage holds `stored`, as the build ships
 * it: the last script of the body, with the first open's chunks in `data-app`. `sendMessage` is
 * the page's extension API (none when left out).
 */
function paint(stored: string | null, sendMessage?: (request: unknown) => unknown) {
  const window = new Window({
    url: 'chrome-extension://abc/popup.html',
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const document = window.document;
  document.body.innerHTML = '<div id="app"></div>';
  if (stored !== null) window.localStorage.setItem(PAINT_KEY, stored);
  if (sendMessage) (window as unknown as { chrome: unknown }).chrome = { runtime: { sendMessage } };
  const script = document.createElement('script');
  script.setAttribute('data-app', APP_CHUNKS.join(' '));
  script.setAttribute('data-module', MODULE);
  document.body.appendChild(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  window.eval(SCRIPT);
  return document;
}
const APP_CHUNKS = ['/chunks/start-abc.js', '/chunks/shared-def.js'];
const MODULE = '/chunks/popup-123.js';
const modules = (doc: { querySelectorAll: Document['querySelectorAll'] }) =>
  [...doc.querySelectorAll('script[type=module]')].map((module) => module.getAttribute('src'));
const preloads = (doc: { querySelectorAll: Document['querySelectorAll'] }) =>
  [...doc.querySelectorAll('link[rel=modulepreload]')].map((link) => link.getAttribute('href'));

const snapshotOf = (list: PaintRow[], count = list.length) =>
  JSON.stringify(
    toPaintSnapshot({
      count,
      rows: list,
      activeIndex: 0,
      words: paintWords,
      source: 'directory',
      phase: 'ready',
    }),
  );

describe.each([
  ['as written', SOURCE],
  ['as built', MINIFIED],
])('the first paint (assets/popup-paint.js), %s', (_, script) => {
  beforeEach(() => {
    SCRIPT = script;
  });

  it('is minified at build', () => {
    expect(MINIFIED.length).toBeGreaterThan(0);
    expect(MINIFIED.length).toBeLessThan(SOURCE.length * 0.7);
  });

  it('paints pins and session status as the snapshot says', () => {
    const list = rows(2);
    list[0]!.badges.push({ text: 'Pinned', kind: 'pinned' });
    list[0]!.status = 'Saved session · 5 min ago';
    const doc = paint(snapshotOf(list));
    const [first, second] = [...doc.querySelectorAll('[role=option]')];
    expect(first!.querySelector('.badge--pinned')!.textContent).toBe('Pinned');
    expect(first!.querySelector('.org__status')!.textContent).toBe('Saved session · 5 min ago');
    expect(second!.querySelector('.org__status')).toBeNull();
  });

  it('paints the header, who line, filter and rows of the snapshot, focused, as text', () => {
    const doc = paint(snapshotOf(rows(3)));
    const options = [...doc.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.querySelector('.org__name')!.textContent)).toEqual([
      'Org 1',
      'Org 2',
      'Org 3',
    ]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.getAttribute('aria-setsize')).toBe('3');
    expect(options[1]!.className).toBe('org org--current');
    expect(options[1]!.querySelector('.badge--here svg')).not.toBeNull();
    expect(doc.querySelector('.header__title')!.textContent).toBe(paintWords.title);
    expect(doc.querySelector('.who__email')!.textContent).toBe(paintWords.who);
    const filter = doc.querySelector('#org-filter')!;
    expect(filter.getAttribute('aria-activedescendant')).toBe('org-1');
    expect(doc.activeElement).toBe(filter);
    expect(doc.querySelector('[role=presentation]')).toBeNull();
  });

  it('a degraded snapshot paints the first screen and leaves room for the rest', () => {
    const doc = paint(snapshotOf(rows(300), 50_000));
    expect(doc.querySelectorAll('[role=option]')).toHaveLength(12);
    expect(doc.querySelector('[role=option]')!.getAttribute('aria-setsize')).toBe('50000');
    expect(doc.querySelector('[role=presentation]')!.getAttribute('style')).toBe(
      `height: ${(50_000 - 12) * 64}px`,
    );
  });

  it('markup in a name stays text', () => {
    const list = rows(1);
    list[0]!.name = '<img src=x onerror=alert(1)>';
    const doc = paint(snapshotOf(list));
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('.org__name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['no snapshot', null],
    ['not JSON', '{'],
    ['another version', '{"version":1,"rows":[]}'],
  ])('paints nothing with %s, and preloads the app for a first open', (_, stored) => {
    const doc = paint(stored);
    expect(doc.getElementById('app')!.childElementCount).toBe(0);
    expect(preloads(doc)).toEqual(APP_CHUNKS);
  });

  it('preloads nothing when it paints: the app loads after the page', () => {
    expect(preloads(paint(snapshotOf(rows(2))))).toEqual([]);
  });

  it('loads the popup’s module at once when it has nothing to paint', () => {
    expect(modules(paint(null))).toEqual([MODULE]);
  });

  it('loads the popup’s module only after the painted list’s frame', async () => {
    const doc = paint(snapshotOf(rows(2)));
    expect(modules(doc)).toEqual([]);
    await (
      doc.defaultView as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }
    ).happyDOM.waitUntilComplete();
    expect(modules(doc)).toEqual([MODULE]);
  });

  it('sends the popup’s first request at once when it has nothing to paint, and leaves its answer for the module', async () => {
    const sent: unknown[] = [];
    const answer = { ok: true, value: { phase: 'ready' } };
    const doc = paint(null, (request) => {
      sent.push(request);
      return Promise.resolve(answer);
    });
    expect(sent).toEqual([PAINTING_REQUEST]);
    const early = takeEarlyReply(doc.defaultView as unknown as object);
    await expect(early).resolves.toEqual(answer);
    expect(takeEarlyReply(doc.defaultView as unknown as object)).toBeNull();
  });

  it('sends nothing when it paints: the extension API’s first use would come before the list', () => {
    const sent: unknown[] = [];
    paint(snapshotOf(rows(2)), (request) => sent.push(request));
    expect(sent).toEqual([]);
  });

  it('still preloads the app when the extension API throws', () => {
    const doc = paint(null, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(preloads(doc)).toEqual(APP_CHUNKS);
    expect(takeEarlyReply(doc.defaultView as unknown as object)).toBeNull();
  });

  const settle = (doc: ReturnType<typeof paint>) =>
    (
      doc.defaultView as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }
    ).happyDOM.waitUntilComplete();
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('on a first open, paints the snapshot the answer carries, and loads the module only after its frame', async () => {
    const list = rows(2);
    list[0]!.badges.push({ text: 'Pinned', kind: 'pinned' });
    const snapshot = JSON.parse(snapshotOf(list));
    let answer!: (value: unknown) => void;
    const doc = paint(null, () => new Promise((resolve) => (answer = resolve)));
    expect(doc.querySelectorAll('[role=option]')).toHaveLength(0);
    expect(modules(doc)).toEqual([]);
    answer({ ok: true, value: { phase: 'ready', paint: snapshot } });
    await later(0);
    const names = [...doc.querySelectorAll('[role=option] .org__name')].map((name) => name.textContent);
    expect(names).toEqual(['Org 1', 'Org 2']);
    expect(doc.querySelector('.badge--pinned')!.textContent).toBe('Pinned');
    expect(doc.activeElement).toBe(doc.querySelector('#org-filter'));
    expect(modules(doc)).toEqual([]);
    await settle(doc);
    expect(modules(doc)).toEqual([MODULE]);
    // Painted, the app loads after the list's frame, as with a kept snapshot: nothing preloaded.
    expect(preloads(doc)).toEqual([]);
  });

  it('on a first open, preloads nothing while the answer is on its way', () => {
    const doc = paint(null, () => new Promise(() => undefined));
    expect(preloads(doc)).toEqual([]);
    expect(modules(doc)).toEqual([]);
  });

  it.each([
    ['has no snapshot (not a plain list)', { ok: true, value: { phase: 'signed-out', paint: null } }],
    ['is an error', { ok: false, error: { kind: 'internal', message: 'Boom' } }],
    ['has a snapshot of another shape', { ok: true, value: { paint: { version: 1, rows: [] } } }],
  ])('on a first open, loads the module at once when the answer %s, and paints nothing', async (_, reply) => {
    const doc = paint(null, () => Promise.resolve(reply));
    await later(0);
    expect(modules(doc)).toEqual([MODULE]);
    expect(preloads(doc)).toEqual(APP_CHUNKS);
    expect(doc.getElementById('app')!.childElementCount).toBe(0);
  });

  it('on a first open, loads the module when the request fails', async () => {
    const doc = paint(null, () => Promise.reject(new Error('Could not establish connection.')));
    await later(0);
    expect(modules(doc)).toEqual([MODULE]);
    expect(preloads(doc)).toEqual(APP_CHUNKS);
  });

  it('on a first open, loads the module without an answer after a while, and then paints no late answer', async () => {
    let answer!: (value: unknown) => void;
    const doc = paint(null, () => new Promise((resolve) => (answer = resolve)));
    await later(450);
    expect(modules(doc)).toEqual([MODULE]);
    expect(preloads(doc)).toEqual(APP_CHUNKS);
    answer({ ok: true, value: { paint: JSON.parse(snapshotOf(rows(2))) } });
    await later(0);
    expect(doc.querySelectorAll('[role=option]')).toHaveLength(0);
    expect(modules(doc)).toEqual([MODULE]);
  });
});
