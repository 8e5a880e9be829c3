// `npm run bench`: how fast the popup shows its orgs, as ratios to a floor measured in the same
// run, and how much JavaScript it loads. Method and figures: docs/BENCHMARKS.md.
// Exits 1 when a budget is exceeded. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listShownProbe, popupProbe } from './bench/probe.mjs';
import { extendCachedGroup, manualList } from './bench/seed.mjs';
import { launchWithExtension } from './bench/browser.mjs';
import { benchSwitching, printSwitching } from './bench/switch.mjs';
import { benchOptions, printOptions } from './bench/options.mjs';
import { benchScale, printScale } from './bench/scale.mjs';

const OPENS = Number(process.env.BENCH_OPENS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? '20,1000,10000').split(',').map(Number);
const OUT_DIR = resolve(process.env.BENCH_OUT_DIR ?? '.output/bench');
const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3-sandbox');
const JS_BUDGET_BYTES = 12 * 1024;
/** Ratio to the floor for the first screen of orgs, by group size. */
const OPEN_BUDGETS = { 20: 2.0, 1000: 2.5, 10000: 4.0 };
/** A filter keystroke, in ms, by group size: one 60 Hz frame at 1,000 orgs, no freeze at 10,000. */
const KEYSTROKE_BUDGETS = { 1000: 16.7, 10000: 50 };
/** Keystroke figures: [field, label, budgeted]; see scripts/bench/probe.mjs. */
const MEASURES = [
  ['paint', 'handled → next paint', true],
  ['work', 'handled → rendered', false],
  ['input', 'event → next paint', false],
];
const KEYS = [...'bench org 1', ...Array(11).fill('Backspace'), ...'org00', 'Backspace', 'Backspace'];

function build() {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR, SANDBOX_PORT: process.env.SANDBOX_PORT ?? '8790' },
  });
}

/** Gzipped bytes of every script popup.html loads (entry and module preloads). */
function popupScriptBytes() {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
  ];
  return files.map(([, file]) => ({
    file,
    bytes: gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length,
  }));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Opens `url` in a fresh tab and returns ms from navigation start to the list's first screen. */
async function timeOpen(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__listShownAt !== undefined, null, { polling: 'raf' });
    const shownAt = await page.evaluate(() => window.__listShownAt);
    // Let the popup finish its talk with the background, so that work is not billed to the next open.
    if (url.endsWith('/popup.html')) await page.waitForFunction(() => window.__settledReplies > 0);
    return shownAt;
  } finally {
    await page.close();
  }
}

/** Opens the popup once so its snapshot holds the seeded group; checks the group is complete. */
async function warmPopup(context, popupUrl, size) {
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.waitForFunction(() => window.__settledReplies > 0);
  // The popup asks for pins and session status too; the list comes with the getState reply.
  await page
    .waitForFunction(
      (n) => document.querySelector('[role="option"]')?.getAttribute('aria-setsize') === String(n),
      size,
      {
        timeout: 15_000,
      },
    )
    .catch(() => undefined);
  const setSize = await page.getAttribute('[role="option"]', 'aria-setsize');
  if (Number(setSize) !== size) throw new Error(`The popup shows ${setSize} orgs, not ${size}.`);
  return page;
}

/** Types KEYS into the filter of an open popup and returns each keystroke's input → next paint. */
async function timeKeystrokes(page) {
  await page.focus('[role="combobox"]');
  for (const key of KEYS) {
    const count = await page.evaluate(() => window.__keystrokes.length);
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForFunction((before) => window.__keystrokes.length > before, count, { polling: 'raf' });
  }
  return page.evaluate(() => window.__keystrokes);
}

async function main() {
  build();
  const scripts = popupScriptBytes();
  const browser = await launchWithExtension(EXTENSION_DIR, { viewport: { width: 800, height: 600 } });
  const { context } = browser;
  const results = [];
  try {
    await context.addInitScript(listShownProbe);
    await context.addInitScript(popupProbe);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const popupUrl = `${origin}/popup.html`;
    const floorUrl = `${origin}/bench-floor.html`;
    const seeder = await context.newPage();
    await seeder.goto(`${origin}/bench-floor.html`);
    const floors = [];
    for (const size of SIZES) {
      const saved = await seeder.evaluate(
        (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
        manualList(Math.min(size, 1000)),
      );
      if (!saved?.ok || !saved.value.ok)
        throw new Error(`Seeding failed: ${JSON.stringify(saved).slice(0, 500)}`);
      if (size > 1000) await worker.evaluate(extendCachedGroup, size);
      const warm = await warmPopup(context, popupUrl, size);
      const keystrokes = await timeKeystrokes(warm);
      await warm.close();
      const sizeFloors = [];
      const opens = [];
      for (let round = 0; round < OPENS; round++) {
        sizeFloors.push(await timeOpen(context, floorUrl));
        opens.push(await timeOpen(context, popupUrl));
      }
      floors.push(...sizeFloors);
      results.push({ size, open: median(opens), floor: median(sizeFloors), keystrokes });
      if (process.env.BENCH_VERBOSE) console.log({ size, opens, sizeFloors, keystrokes });
    }
  } finally {
    await browser.close();
  }
  let code = report(results, scripts);
  // The options page at scale (issue 16), its own section: BENCH_SKIP_OPTIONS=1 skips it.
  if (process.env.BENCH_SKIP_OPTIONS !== '1' && !printOptions(await benchOptions(EXTENSION_DIR))) code = 1;
  // Cost behind the popup from 1,000 to 50,000 orgs (issue 12), its own section: BENCH_SKIP_SCALE=1 skips it.
  if (process.env.BENCH_SKIP_SCALE !== '1' && !printScale(await benchScale(EXTENSION_DIR))) code = 1;
  // Switching speed (issue 6) has no budget: it is printed next to the manual route.
  if (process.env.BENCH_SKIP_SWITCH !== '1') printSwitching(await benchSwitching());
  return code;
}

function report(results, scripts) {
  const lines = [];
  let failed = false;
  const row = (what, figure, budget, ok) => {
    failed ||= !ok;
    lines.push(`${ok ? 'ok  ' : 'FAIL'}  ${what.padEnd(48)} ${figure.padEnd(24)} budget ${budget}`);
  };
  for (const { size, open, floor } of results) {
    const ratio = open / floor;
    const budget = OPEN_BUDGETS[size];
    const figure = `${open.toFixed(1)} ms = ${ratio.toFixed(2)}x`;
    row(
      `first screen of ${size} orgs (floor ${floor.toFixed(1)} ms)`,
      figure,
      budget ? `${budget}x` : '-',
      !budget || ratio <= budget,
    );
  }
  for (const { size, keystrokes } of results) {
    const budget = KEYSTROKE_BUDGETS[size];
    const typed = keystrokes.filter((stroke) => stroke.key !== 'Backspace' || stroke.work > 0);
    for (const [measure, what, isBudgeted] of MEASURES) {
      const values = typed.map((stroke) => stroke[measure]);
      const figure = `median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)}`;
      const ok = !isBudgeted || !budget || median(values) <= budget;
      const shownBudget = isBudgeted && budget ? `${budget} ms (median)` : '-';
      row(`keystroke, ${size} orgs: ${what}`, figure, shownBudget, ok);
    }
  }
  const total = scripts.reduce((sum, { bytes }) => sum + bytes, 0);
  const files = scripts.map(({ file, bytes }) => `${file.replace(/^chunks\//, '')} ${bytes}`).join(', ');
  row(`popup JavaScript, gzipped (${files})`, `${total} B`, `${JS_BUDGET_BYTES} B`, total <= JS_BUDGET_BYTES);
  console.log(lines.join('\n'));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
