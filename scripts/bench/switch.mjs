// Switching speed (issue 6): time from Next to the org's home page, with a saved session and with a
// fresh SSO sign-in, and the page loads of each, next to the manual route a person takes in the
// sandbox (sign out, type the alias, SSO, home). Median of BENCH_SWITCHES (10) runs each.
// Run alone with `node scripts/bench/switch.mjs`, or as part of `npm run bench`.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';

const RUNS = Number(process.env.BENCH_SWITCHES ?? 10);
const OUT_DIR = resolve('.output/bench-switch');
const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3-sandbox');
const JANE = { email: 'jane.doe@acme.test', password: 'jane-sso-pass' };
/** Every route goes from FROM to TARGET. */
const FROM = { name: 'Acme A4 Test' };
const TARGET = { name: 'Acme Staging', alias: 'jane.doe+staging@acme.test' };
/**
 * The routes, and what a person does on each (typing counted as one action per field):
 * popup: open it (toolbar or Alt+Shift+S), type a few letters of the org, Enter;
 * manual: open the sign-out URL, open the login page, type the alias, press Next.
 */
const ROUTES = [
  { key: 'saved', route: 'extension, saved session', actions: 3 },
  { key: 'fresh', route: 'extension, fresh SSO sign-in', actions: 3 },
  { key: 'manual', route: 'by hand (sign out, type alias, SSO)', actions: 4 },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function startSandbox(port) {
  const child = spawn('npx', ['tsx', 'sandbox/main.ts'], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_QUIET: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/__sandbox/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill();
  throw new Error('The sandbox did not start.');
}

/**
 * Counts the pages shown while `action` runs, from the service worker (`tabs.onUpdated` loading
 * starts on the sandbox's hosts, in every tab, the ones the extension opens or reuses included;
 * redirect hops are part of one load, so they are not counted). Page events would miss the first page of a
 * tab the extension opens on its URL.
 */
async function measured(worker, action) {
  await worker.evaluate(() => {
    const scope = globalThis;
    scope.benchCommits = [];
    // A navigation's "loading" status: one per page load, a reload of the same URL included.
    scope.benchListener ??= (_tabId, change, tab) => {
      const url = change.url ?? tab.url ?? '';
      if (change.status === 'loading' && /^https?:\/\/[^/]*localhost[:/]/.test(url))
        scope.benchCommits?.push(url);
    };
    if (!scope.chrome.tabs.onUpdated.hasListener(scope.benchListener))
      scope.chrome.tabs.onUpdated.addListener(scope.benchListener);
  });
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  const urls = await worker.evaluate(() => globalThis.benchCommits.splice(0));
  return { ms, pages: urls.length, urls };
}

async function signIn(context, extensionId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const window = context.waitForEvent('page', { predicate: (p) => p.url().includes('accounts.outreach') });
  await popup.getByRole('button', { name: 'Sign in' }).click();
  const auth = await window;
  await auth.getByLabel('Email').fill(JANE.email);
  await auth.getByRole('button', { name: 'Next' }).click();
  await auth.getByLabel('Password').fill(JANE.password);
  await auth.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('option').first().waitFor();
  return popup;
}

/** Next in the popup for `name`, then wait for that org's home in the new tab. */
async function switchTo(popup, name) {
  await popup.bringToFront();
  await popup.getByRole('combobox').fill(name);
  const tab = popup.context().waitForEvent('page');
  await popup.getByRole('button', { name: 'Next' }).click();
  const page = await tab;
  await page
    .getByTestId('org-name')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .waitFor({ timeout: 20_000 });
  await page.close();
}

/** The manual route in a plain tab: sign out, open the login page, type the alias, Next, SSO passes, home. */
async function manualRoute(context, port, alias, name) {
  const page = await context.newPage();
  await page.goto(`http://app.outreach.localhost:${port}/logout`);
  await page.goto(`http://app.outreach.localhost:${port}/login`);
  await page.getByLabel('Email').fill(alias);
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByTestId('org-name')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .waitFor({ timeout: 20_000 });
  await page.close();
}

async function clearSavedSessions(context) {
  const [worker] = context.serviceWorkers();
  await worker.evaluate(async () => {
    const { session } = globalThis.chrome.storage;
    const all = await session.get(null);
    await session.remove(Object.keys(all).filter((key) => key.startsWith('switch.jar.')));
  });
}

/** Runs the switching bench and returns rows of { route, medianMs, pages }. */
export async function benchSwitching() {
  const port = await freePort();
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR, SANDBOX_PORT: String(port) },
  });
  const sandbox = await startSandbox(port);
  const browser = await launchWithExtension(EXTENSION_DIR);
  const { context } = browser;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popup = await signIn(context, worker.url().split('/')[2]);
    const runs = { saved: [], fresh: [], manual: [] };
    // Every route ends in the same org, from the same one (Acme A4 Test), so the figures compare.
    for (let i = 0; i < RUNS; i++) {
      await switchTo(popup, FROM.name);
      await clearSavedSessions(context);
      runs.fresh.push(await measured(worker, () => switchTo(popup, TARGET.name)));
      await switchTo(popup, FROM.name); // leaves the target: its session is saved
      runs.saved.push(await measured(worker, () => switchTo(popup, TARGET.name)));
      await switchTo(popup, FROM.name);
      runs.manual.push(await measured(worker, () => manualRoute(context, port, TARGET.alias, TARGET.name)));
    }
    return ROUTES.map(({ key, route, actions }) => ({
      route,
      actions,
      medianMs: median(runs[key].map((run) => run.ms)),
      minMs: Math.min(...runs[key].map((run) => run.ms)),
      maxMs: Math.max(...runs[key].map((run) => run.ms)),
      pages: median(runs[key].map((run) => run.pages)),
      urls: runs[key].at(-1)?.urls ?? [],
    }));
  } finally {
    await browser.close();
    sandbox.kill('SIGTERM');
  }
}

/** Prints the rows as a table. */
export function printSwitching(rows) {
  console.log(
    `\nSwitching, ${FROM.name} → ${TARGET.name} (local sandbox on loopback: no network delay; the ` +
      `person's typing and reading excluded; median of ${RUNS}, min–max)`,
  );
  for (const row of rows) {
    const spread = `${row.minMs.toFixed(0)}–${row.maxMs.toFixed(0)}`;
    console.log(
      `  ${row.route.padEnd(38)} ${row.medianMs.toFixed(0).padStart(6)} ms (${spread.padStart(9)})` +
        `   ${row.pages} pages shown   ${row.actions} actions`,
    );
    if (process.env.BENCH_VERBOSE === '1') for (const url of row.urls) console.log(`      ${url}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSwitching(await benchSwitching());
}
