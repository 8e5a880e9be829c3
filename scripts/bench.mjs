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
import { realPopupTimer } from './bench/real-popup.mjs';
import { aesrWorker, openConsoleTab, prepareAesr, seedAesr } from './bench/aesr.mjs';
import { benchSwitching, printSwitching } from './bench/switch.mjs';
import { benchOptions, printOptions } from './bench/options.mjs';
import { benchScale, printScale } from './bench/scale.mjs';

const OPENS = Number(process.env.BENCH_OPENS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? '20,1000,10000').split(',').map(Number);
const OUT_DIR = resolve(process.env.BENCH_OUT_DIR ?? '.output/bench');
const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3-sandbox');
const JS_BUDGET_BYTES = 12 * 1024;
/** Ratio to the floor for the first screen of orgs, by group size. */
const OPEN_BUDGETS = { 20: 1.3, 1000: 2.5, 10000: 4.0 };
/** Ratio to the floor for a first open (no snapshot yet). */
const FIRST_OPEN_BUDGETS = { 20: 2.0 };
/** The real toolbar popup, as a ratio to a static popup of the same width opened the same way. */
const REAL_BUDGETS = { 20: 1.5, 1000: 2.0 };
const REAL_SIZES = [20, 1000];
/** AWS Extend Switch Roles 6.1.0 in the same run (BENCH_SKIP_AESR=1 leaves it out). */
const WITH_AESR = process.env.BENCH_SKIP_AESR !== '1';
const REAL_OPENS = Number(process.env.BENCH_REAL_OPENS ?? 9);
/** The popup's JS heap, MiB. */
const HEAP_BUDGETS = { 10000: 4 };
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
const progress = (...what) =>
  process.env.BENCH_VERBOSE && console.error(new Date().toISOString().slice(11, 19), ...what);
/** min, median and max of `values`. */
const spread = (values) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });
const SNAPSHOT_KEY = 'cis.popup-paint.v2';

/**
 * Opens `url` in a fresh tab and returns ms from navigation start to the list's first screen, and
 * to the popup's first `getState` reply (`reply`, popup only).
 */
async function timeOpen(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__listShownAt !== undefined, null, { polling: 'raf' });
    const shownAt = await page.evaluate(() => window.__listShownAt);
    // Let the popup finish its talk with the background, so that work is not billed to the next open.
    if (!url.endsWith('/popup.html')) return { shownAt };
    await page.waitForFunction(() => window.__settledReplies > 0);
    return { shownAt, reply: await page.evaluate(() => window.__firstReplyAt) };
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

/** The popup's JS heap after a full garbage collection, in bytes. */
async function heapUsed(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Really stops the extension's worker (DevTools), as Chrome does with an idle one. */
async function stopWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
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

/** One size's tab figures: floor, warm, first open (no snapshot), stopped worker; interleaved. */
async function timeTabOpens(context, seeder, urls) {
  const runs = { floor: [], warm: [], first: [], stopped: [], stoppedReply: [], warmReply: [] };
  for (let round = 0; round < OPENS; round++) {
    runs.floor.push((await timeOpen(context, urls.floor)).shownAt);
    const warm = await timeOpen(context, urls.popup);
    runs.warm.push(warm.shownAt);
    runs.warmReply.push(warm.reply);
    await seeder.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY);
    runs.first.push((await timeOpen(context, urls.popup)).shownAt);
    await stopWorker(context, seeder);
    const stopped = await timeOpen(context, urls.popup);
    runs.stopped.push(stopped.shownAt);
    runs.stoppedReply.push(stopped.reply);
  }
  return Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, spread(values)]));
}

/**
 * The real toolbar popup, the static floor popup and AWS Extend Switch Roles' popup (over its
 * console tab), each opened with `action.openPopup()` from its worker, interleaved.
 */
async function timeRealPopups(timer, worker, aesr) {
  const runs = { floor: [], popup: [], aesr: [] };
  const widths = [];
  for (let round = 0; round < REAL_OPENS; round++) {
    runs.floor.push((await timer.open(worker, 'bench-floor.html')).ms);
    progress('real popup round', round);
    const opened = await timer.open(worker, 'popup.html', { waitForReply: true });
    runs.popup.push(opened.ms);
    widths.push(...opened.widths);
    if (aesr && !runs.aesrError) {
      await timer.open(aesr, 'popup.html').then(
        ({ ms: time }) => runs.aesr.push(time),
        (error) => (runs.aesrError = error.message),
      );
    }
  }
  await worker.evaluate(() => globalThis.chrome.action.setPopup({ popup: 'popup.html' }));
  const { aesrError, ...timed } = runs;
  const figures = Object.fromEntries(
    Object.entries(timed).map(([name, values]) => [name, values.length ? spread(values) : null]),
  );
  return { ...figures, aesrError, widths: [...new Set(widths)].sort() };
}

async function main() {
  build();
  const scripts = popupScriptBytes();
  const extensions = WITH_AESR ? [EXTENSION_DIR, await prepareAesr(OUT_DIR)] : EXTENSION_DIR;
  const browser = await launchWithExtension(extensions, {
    viewport: { width: 800, height: 600 },
    debugging: true,
  });
  const { context } = browser;
  const results = [];
  const timer = await realPopupTimer(browser.profileDir);
  try {
    await context.addInitScript(listShownProbe);
    await context.addInitScript(popupProbe);
    const isOurs = (candidate) => /^chrome-extension:\/\/[^/]+\/background\.js$/.test(candidate.url());
    let worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs }));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const urls = { popup: `${origin}/popup.html`, floor: `${origin}/bench-floor.html` };
    const seeder = await context.newPage();
    await seeder.goto(urls.floor);
    const aesr = WITH_AESR ? await startAesr(context) : null;
    for (const size of SIZES) {
      const saved = await seeder.evaluate(
        (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
        manualList(Math.min(size, 1000)),
      );
      if (!saved?.ok || !saved.value.ok)
        throw new Error(`Seeding failed: ${JSON.stringify(saved).slice(0, 500)}`);
      worker = await liveWorker(context, seeder);
      if (size > 1000) await worker.evaluate(extendCachedGroup, size);
      progress(size, 'seeded');
      const warm = await warmPopup(context, urls.popup, size);
      const keystrokes = await timeKeystrokes(warm);
      const heap = await heapUsed(context, warm);
      await warm.close();
      progress(size, 'keystrokes and heap');
      const tab = await timeTabOpens(context, seeder, urls);
      progress(size, 'tab opens');
      worker = await liveWorker(context, seeder);
      let real = null;
      if (REAL_SIZES.includes(size)) {
        // A failure to seed the competitor leaves it out at this size; ours is still measured.
        let aesrSkipped = null;
        if (aesr)
          aesr.worker = await seedAesr(context, aesr.origin, size).catch((error) => {
            aesrSkipped = `seeding ${size} profiles failed: ${error.message.split('\n')[0]}`;
            return null;
          });
        await aesr?.consoleTab.bringToFront();
        progress(size, 'AWS Extend Switch Roles seeded');
        real = await timeRealPopups(timer, worker, aesr?.worker).catch((error) => ({ error: error.message }));
        if (aesrSkipped) real.aesrError = aesrSkipped;
      }
      results.push({ size, tab, real, heap, keystrokes });
      if (process.env.BENCH_VERBOSE) console.log(JSON.stringify({ size, tab, real, heap }));
    }
  } finally {
    timer.close();
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

/** AWS Extend Switch Roles, loaded next to ours: its worker, origin and an AWS console tab. */
async function startAesr(context) {
  const worker = await aesrWorker(context);
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  return { worker, origin, consoleTab: await openConsoleTab(context) };
}

/** The extension's worker, woken by a message if it was stopped. */
async function liveWorker(context, seeder) {
  await seeder.evaluate(() => globalThis.chrome.runtime.sendMessage({ type: 'getState' }));
  for (;;) {
    for (const worker of context.serviceWorkers()) {
      if (!worker.url().startsWith(`chrome-extension://${new URL(seeder.url()).host}/`)) continue;
      if (await worker.evaluate(() => true).catch(() => false)) return worker;
    }
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
}

const ms = ({ min, median: mid, max }) => `${mid.toFixed(1)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;

function report(results, scripts) {
  const lines = [];
  let failed = false;
  const row = (what, figure, budget, ok) => {
    failed ||= !ok;
    lines.push(`${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(54)} ${figure.padEnd(30)} budget ${budget}`);
  };
  const ratioRow = (what, value, floor, budget) => {
    const ratio = value.median / floor.median;
    row(what, `${ms(value)} = ${ratio.toFixed(2)}x`, budget ? `${budget}x` : '-', !budget || ratio <= budget);
  };
  for (const { size, tab, real, heap } of results) {
    lines.push(`-- ${size} orgs (median of ${OPENS} opens, min–max; floor ${ms(tab.floor)})`);
    ratioRow(`tab: first screen, warm worker and snapshot`, tab.warm, tab.floor, OPEN_BUDGETS[size]);
    ratioRow(`tab: first open (no snapshot)`, tab.first, tab.floor, FIRST_OPEN_BUDGETS[size]);
    const added = tab.stopped.median - tab.warm.median;
    row(
      `tab: stopped worker, first screen`,
      `${ms(tab.stopped)} = +${added.toFixed(1)} ms`,
      '+30 ms',
      added <= 30,
    );
    row(
      `tab: background's answer, warm → stopped worker`,
      `${ms(tab.warmReply)} → ${ms(tab.stoppedReply)}`,
      '-',
      true,
    );
    if (real?.error) lines.push(`   real popup not measured: ${real.error}`);
    else if (real) {
      lines.push(
        `   real popup: floor popup ${ms(real.floor)}; widths in the first frames: ${real.widths.join(', ')} px`,
      );
      ratioRow(`real popup: openPopup() → list in the DOM`, real.popup, real.floor, REAL_BUDGETS[size]);
      if (real.aesrError) lines.push(`   AWS Extend Switch Roles not measured: ${real.aesrError}`);
      if (real.aesr) ratioRow(`real popup: AWS Extend Switch Roles 6.1.0`, real.aesr, real.floor, null);
      if (size === 20) ratioRow(`real popup, issue 12's budget at 20 orgs`, real.popup, real.floor, 1.3);
    }
    const mib = heap / 2 ** 20;
    row(
      `popup JS heap after GC`,
      `${mib.toFixed(2)} MiB`,
      HEAP_BUDGETS[size] ? `${HEAP_BUDGETS[size]} MiB` : '-',
      !HEAP_BUDGETS[size] || mib <= HEAP_BUDGETS[size],
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
