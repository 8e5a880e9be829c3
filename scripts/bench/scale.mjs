// Scale (issue 12, point 3): how the cost behind the popup grows from 1,000 to 10,000 to 50,000
// orgs. Each figure gets its growth per decade and a verdict against "at most linear". Method and
// figures: docs/BENCHMARKS.md, "Scale". Run alone with `node scripts/bench/scale.mjs`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { launchWithExtension } from './browser.mjs';
import { runAlone } from './build.mjs';
import { listShownProbe, popupProbe, SNAPSHOT_KEY } from './probe.mjs';
import { extendCachedGroup, manualList } from './seed.mjs';

export const SCALE_SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
/** Linear growth is 10× per decade; up to 15× passes (noise, GC and cache effects at 50,000). */
export const MAX_GROWTH_PER_DECADE = 15;
/** Figures under this many ms (or characters) are compared as this much: below it is noise. */
const NOISE_FLOOR = { ms: 2, chars: 1 };
const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const PAGE_ORIGIN = 'https://scale.bench.test';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The lib code under test, bundled for a plain web page: validation and the IndexedDB cache. */
async function bundleLib() {
  const contents = `
    import { validateGroup } from './lib/directory/validate-group';
    import { openCache } from './lib/db';
    import { readDisplayList } from './lib/db/read-display-list';
    globalThis.scaleLib = { validateGroup, openCache, readDisplayList };`;
  const result = await esbuild({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Runs in the page: times validation, a cache write and a cold read (fresh cache) for `size`. */
async function timeLib(size) {
  const { validateGroup, openCache, readDisplayList } = globalThis.scaleLib;
  const body = {
    instanceGroupId: 'ig_scale',
    rootEmail: 'bench@bench.test',
    crossInstanceSso: 'enabled',
    role: 'admin',
    instances: Array.from({ length: size }, (_, at) => ({
      orgId: `org_${at}`,
      name: `Bench Org ${at}`,
      loginEmail: at === 0 ? 'bench@bench.test' : `bench+org${at}@bench.test`,
      environment: ['production', 'test', 'staging', 'sandbox', 'development'][at % 5],
      primary: at === 0,
      appUrl: `https://app${at % 8}.outreach.io/`,
      loginUrl: `https://app${at % 8}.outreach.io/login`,
    })),
  };
  const timed = async (work) => {
    const start = performance.now();
    const value = await work();
    return [performance.now() - start, value];
  };
  const options = { allowedHosts: ['*.outreach.io'], source: 'directory', now: Date.now() };
  const [validate, validated] = await timed(() => validateGroup(body, options));
  if (!validated.ok || validated.group.instances.length !== size) throw new Error('validation failed');
  const writer = await openCache();
  const [write] = await timed(() => writer.writeGroup(validated.group));
  writer.close();
  const reader = await openCache();
  const [read, report] = await timed(() => reader.readGroup());
  const [reread] = await timed(() => reader.readGroup());
  reader.close();
  if (report.group?.instances.length !== size) throw new Error('read back a different group');
  // The popup's own read of the same rows (no zod, no idb), which replaced the rows in its reply.
  const [display, list] = await timed(() => readDisplayList());
  if (list?.group.instances.length !== size) throw new Error('the popup read a different group');
  return { validate, write, read, reread, display };
}

/** Validation and the cache in Chromium's own IndexedDB, on a web page served by a route. */
async function benchLib(context) {
  const script = await bundleLib();
  await context.route(`${PAGE_ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/lib.js')
      ? route.fulfill({ body: script, contentType: 'text/javascript' })
      : route.fulfill({ body: '<!doctype html><script src="/lib.js"></script>', contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto(`${PAGE_ORIGIN}/`);
  const results = {};
  for (const size of SCALE_SIZES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await page.evaluate(timeLib, size));
    results[size] = runs;
  }
  await page.close();
  return results;
}

/**
 * From an extension page to the real worker: the first `getState` after seeding, then warm ones;
 * then the popup's `getPopupState`, warm, as the popup asks it (`readsRows`: no rows) and with rows.
 */
async function timeGetState(page) {
  return page.evaluate(async (runs) => {
    const ask = async (message) => {
      const start = performance.now();
      const reply = await globalThis.chrome.runtime.sendMessage(message);
      if (!reply?.ok) throw new Error(`${message.type} failed`);
      return [performance.now() - start, reply.value.group?.instances?.length ?? 0];
    };
    const warmOf = async (message) => {
      const times = [];
      for (let run = 0; run < runs; run++) times.push((await ask(message))[0]);
      return times;
    };
    const [first, count] = await ask({ type: 'getState' });
    const warm = await warmOf({ type: 'getState' });
    const popupRows = await warmOf({ type: 'getPopupState' });
    const popupNoRows = await warmOf({ type: 'getPopupState', readsRows: true });
    const [, leftOut] = await ask({ type: 'getPopupState', readsRows: true });
    if (leftOut !== 0) throw new Error('getPopupState sent rows to a popup that reads them itself.');
    return { first, warm, popupRows, popupNoRows, count };
  }, RUNS);
}

/** Opens the popup in a tab; ms to its first screen of orgs, and the snapshot it left behind. */
async function openPopup(context, popupUrl) {
  const page = await context.newPage();
  try {
    await page.goto(popupUrl, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__listShownAt !== undefined, null, { polling: 'raf' });
    await page.waitForFunction(() => window.__settledReplies > 0);
    // The app has taken the painted list over and written the next open's snapshot: a first open's
    // first reply is the first-paint script's, before the app has loaded (scripts/bench.mjs does
    // the same). A snapshot never written is counted as none after a while, not waited for.
    await page
      .waitForFunction(
        (key) => document.querySelector('[data-first-paint]') === null && localStorage.getItem(key) !== null,
        SNAPSHOT_KEY,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    // Awaited here: a bare `return` lets `finally` close the page while this still runs (that was
    // the "Target page, context or browser has been closed" seen at 50,000).
    return await page.evaluate(() => {
      // The snapshot is written once the reply is applied; count every key the popup keeps.
      let chars = 0;
      for (let at = 0; at < localStorage.length; at++)
        chars += localStorage.getItem(localStorage.key(at)).length;
      return { shown: window.__listShownAt, chars };
    });
  } finally {
    await page.close();
  }
}

/** getState, snapshot size and first screen, per size, in the built extension. */
async function benchExtension(context) {
  await context.addInitScript(listShownProbe);
  await context.addInitScript(popupProbe);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${origin}/bench-floor.html`);
  const results = {};
  for (const size of SCALE_SIZES) {
    const saved = await page.evaluate(
      (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
      manualList(Math.min(size, 1000)),
    );
    if (!saved?.ok || !saved.value.ok)
      throw new Error(`Seeding failed: ${JSON.stringify(saved).slice(0, 300)}`);
    // Every size the same way: rows grown (above 1,000) and the revision removed from the worker's
    // side, so the first getState reads and checks every row, as after another context wrote.
    await worker.evaluate(extendCachedGroup, size);
    const getState = await timeGetState(page);
    if (getState.count !== size) throw new Error(`getState sent ${getState.count} orgs, not ${size}.`);
    // A snapshot left from the size before must not count: the popup writes its own or none.
    await page.evaluate(() => localStorage.clear());
    const opens = [];
    for (let run = 0; run < RUNS + 1; run++) opens.push(await openPopup(context, `${origin}/popup.html`));
    // The first open writes the snapshot; the later ones paint from it.
    results[size] = { getState, opens: opens.slice(1) };
  }
  await page.close();
  return results;
}

/** Runs the scale figures in a fresh browser with the built extension in `extensionDir`. */
export async function benchScale(extensionDir) {
  const browser = await launchWithExtension(extensionDir, { viewport: { width: 800, height: 600 } });
  try {
    const lib = await benchLib(browser.context);
    const extension = await benchExtension(browser.context);
    return { lib, extension };
  } finally {
    await browser.close();
  }
}

/** The figures per size, each a median over the runs: [label, unit, value by size]. */
function figures({ lib, extension }) {
  const bySize = (pick) => Object.fromEntries(SCALE_SIZES.map((size) => [size, pick(size)]));
  const libMedian = (field) => bySize((size) => median(lib[size].map((run) => run[field])));
  return [
    ['validation (validateGroup)', 'ms', libMedian('validate')],
    ['cache write (writeGroup)', 'ms', libMedian('write')],
    ['cache read, fresh context (readGroup)', 'ms', libMedian('read')],
    ['cache read, same context again', 'ms', libMedian('reread')],
    ["popup's own read (readDisplayList)", 'ms', libMedian('display')],
    ['getState round trip, first after seeding', 'ms', bySize((size) => extension[size].getState.first)],
    ['getState round trip, warm', 'ms', bySize((size) => median(extension[size].getState.warm))],
    [
      'getPopupState, warm, rows read by the popup',
      'ms',
      bySize((size) => median(extension[size].getState.popupNoRows)),
    ],
    [
      'getPopupState, warm, compact rows sent',
      'ms',
      bySize((size) => median(extension[size].getState.popupRows)),
    ],
    ['popup snapshot (0: not written)', 'chars', bySize((size) => snapshotChars(extension[size]))],
    ['popup first screen (tab)', 'ms', bySize((size) => median(extension[size].opens.map((o) => o.shown)))],
  ];
}

/** The snapshot's size; a snapshot the popup did not write at all counts as over budget. */
function snapshotChars({ opens }) {
  const chars = median(opens.map((open) => open.chars));
  return chars === 0 ? Infinity : chars;
}

/** Growth per decade between two sizes: (b / a) ^ (1 / log10(sizeB / sizeA)). */
function perDecade(a, b, sizeA, sizeB, unit) {
  const floor = NOISE_FLOOR[unit];
  return (Math.max(b, floor) / Math.max(a, floor)) ** (1 / Math.log10(sizeB / sizeA));
}

const show = (value, unit) => {
  if (value === Infinity) return 'not written';
  return unit === 'ms' ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en')}`;
};

/** Prints the scale table; returns whether every figure grows at most linearly. */
export function printScale(results) {
  let ok = true;
  const sizes = SCALE_SIZES;
  const header = `      ${'scale figure'.padEnd(44)} ${sizes.map((s) => s.toLocaleString('en').padStart(12)).join(' ')}   growth per decade`;
  const lines = [header];
  for (const [what, unit, values] of figures(results)) {
    const growths = sizes
      .slice(1)
      .map((size, at) => perDecade(values[sizes[at]], values[size], sizes[at], size, unit));
    const pass = growths.every((growth) => growth <= MAX_GROWTH_PER_DECADE);
    ok &&= pass;
    const cells = sizes.map((size) => show(values[size], unit).padStart(12)).join(' ');
    const ratios = growths.map((growth) => `${growth.toFixed(1)}x`).join(', ');
    lines.push(
      `${pass ? 'ok  ' : 'OVER'}  ${what.padEnd(44)} ${cells}   ${ratios} (budget ${MAX_GROWTH_PER_DECADE}x)`,
    );
  }
  console.log(lines.join('\n'));
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(results));
  return ok;
}

runAlone(import.meta.url, benchScale, printScale);
