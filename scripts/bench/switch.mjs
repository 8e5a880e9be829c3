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

/** Counts main-frame pages shown (2xx documents) while `action` runs. */
async function measured(context, action) {
  let pages = 0;
  const onResponse = (response) => {
    const request = response.request();
    if (request.resourceType() === 'document' && response.status() < 300 && request.isNavigationRequest())
      pages++;
  };
  context.on('response', onResponse);
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  context.off('response', onResponse);
  return { ms, pages };
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

/** The manual route in a plain tab: sign out, type the alias, Next, SSO passes, home. */
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
    for (let i = 0; i < RUNS; i++) {
      await clearSavedSessions(context);
      runs.fresh.push(await measured(context, () => switchTo(popup, 'Acme Staging')));
      await switchTo(popup, 'Acme A4 Test'); // leaves Staging: its session is saved
      runs.saved.push(await measured(context, () => switchTo(popup, 'Acme Staging')));
      runs.manual.push(
        await measured(context, () =>
          manualRoute(context, port, 'jane.doe+staging2@acme.test', 'Acme Staging 2'),
        ),
      );
    }
    return [
      ['switch, saved session', runs.saved],
      ['switch, fresh SSO sign-in', runs.fresh],
      ['manual route (sign out, type alias, SSO)', runs.manual],
    ].map(([route, list]) => ({
      route,
      medianMs: median(list.map((run) => run.ms)),
      pages: median(list.map((run) => run.pages)),
    }));
  } finally {
    await browser.close();
    sandbox.kill('SIGTERM');
  }
}

/** Prints the rows as a table. */
export function printSwitching(rows) {
  console.log(`\nSwitching (median of ${RUNS}; Next → org home page)`);
  for (const row of rows) {
    console.log(
      `  ${row.route.padEnd(44)} ${row.medianMs.toFixed(0).padStart(6)} ms   ${row.pages} page loads`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSwitching(await benchSwitching());
}
