// A browser start (issue 12, the cases people meet): the popup's first screen and the background's
// first answer when the browser has just started with the extension installed, next to its first
// run. Chromium's first policy read after every start takes 2–5 s here, and every popup state
// needs the policy (lib/storage/managed-settings.ts remembers the last one). Method and figures:
// docs/BENCHMARKS.md, "Browser start". Run alone with `node scripts/bench/restart.mjs`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { runAlone } from './build.mjs';
import { listShownProbe, SNAPSHOT_KEY } from './probe.mjs';
import { manualList } from './seed.mjs';

const STARTS = Number(process.env.BENCH_RESTARTS ?? 5);
/** The background's answer to the popup's state after a browser start, in ms. */
export const RESTART_ANSWER_BUDGET_MS = 1000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The extension's origin, once its worker runs. */
async function extensionOrigin(context) {
  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().endsWith('/background.js')) ??
    (await context.waitForEvent('serviceworker'));
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/** Records `window.__stateAnsweredAt`: when the popup's first `getPopupState` was answered. */
function stateAnswerProbe() {
  const runtime = globalThis.chrome?.runtime;
  if (!runtime) return;
  const original = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    const reply = original(...args);
    if (args[0]?.type === 'getPopupState')
      reply.finally(() => (window.__stateAnsweredAt ??= performance.now())).catch(() => undefined);
    return reply;
  };
}

/**
 * The popup opened in a tab right after the browser started: its first screen (the painted list),
 * when its app took that list over (`live`: from its own IndexedDB read when the background is slow)
 * and when the background answered the popup's state (`answer`: what a switch, a sign-in or a
 * refresh waits for).
 */
async function openPopup(context, origin) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/popup.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__listShownAt !== undefined, null, { polling: 'raf' });
    const live = await page.waitForFunction(
      () =>
        document.querySelector('[role="option"]') && !document.querySelector('[data-first-paint]')
          ? performance.now()
          : false,
      null,
      { polling: 'raf', timeout: 20_000 },
    );
    const answered = await page.waitForFunction(() => window.__stateAnsweredAt ?? false, null, {
      timeout: 20_000,
    });
    const shown = await page.evaluate(() => window.__listShownAt);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY);
    return { shown, live: await live.jsonValue(), answer: await answered.jsonValue() };
  } finally {
    await page.close();
  }
}

/**
 * One profile: its first run (the extension just installed: the first answer, from an extension
 * page), then 20 orgs seeded and the popup opened once; then STARTS browser starts, each timing the
 * popup opened at once.
 */
export async function benchRestart(extensionDir) {
  const profileDir = await mkdtemp(join(tmpdir(), 'cis-bench-restart-'));
  try {
    let browser = await launchWithExtension(extensionDir, {
      profileDir,
      viewport: { width: 800, height: 600 },
    });
    const origin = await extensionOrigin(browser.context);
    const seeder = await browser.context.newPage();
    await seeder.goto(`${origin}/bench-floor.html`);
    const firstRun = await seeder.evaluate(async () => {
      const started = performance.now();
      await globalThis.chrome.runtime.sendMessage({ type: 'getPopupState' });
      return performance.now() - started;
    });
    const saved = await seeder.evaluate(
      (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
      manualList(20),
    );
    if (!saved?.ok || !saved.value.ok)
      throw new Error(`Seeding failed: ${JSON.stringify(saved).slice(0, 300)}`);
    await browser.context.addInitScript(listShownProbe);
    await browser.context.addInitScript(stateAnswerProbe);
    await openPopup(browser.context, origin);
    await browser.close();
    const starts = [];
    for (let start = 0; start < STARTS; start++) {
      browser = await launchWithExtension(extensionDir, {
        profileDir,
        viewport: { width: 800, height: 600 },
      });
      await browser.context.addInitScript(listShownProbe);
      await browser.context.addInitScript(stateAnswerProbe);
      starts.push(await openPopup(browser.context, await extensionOrigin(browser.context)));
      await browser.close();
    }
    return { firstRun, starts };
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

/** Prints the browser-start figures; returns whether the background answers in time after a start. */
export function printRestart({ firstRun, starts }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const spread = (values) =>
    `${ms(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
  const shown = starts.map((start) => start.shown);
  const live = starts.map((start) => start.live);
  const answers = starts.map((start) => start.answer);
  const pass = median(answers) <= RESTART_ANSWER_BUDGET_MS;
  console.log(
    [
      `-- browser start (median of ${starts.length} starts, min–max; popup in a tab opened at once, 20 orgs)`,
      `      ${'first run: the background’s first answer'.padEnd(52)} ${ms(firstRun)}                  budget - (the browser’s first policy read)`,
      `ok    ${'after a start: popup’s first screen'.padEnd(52)} ${spread(shown)}   budget -`,
      `ok    ${'after a start: popup live (its app took the list over)'.padEnd(52)} ${spread(live)}   budget -`,
      `${pass ? 'ok  ' : 'OVER'}  ${'after a start: the background’s answer to the popup'.padEnd(52)} ${spread(answers)}   budget ${RESTART_ANSWER_BUDGET_MS} ms`,
    ].join('\n'),
  );
  return pass;
}

runAlone(import.meta.url, benchRestart, printRestart);
