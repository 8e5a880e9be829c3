// `npm run test:e2e:firefox`: builds the Firefox sandbox add-on (MV3) for a free port, starts the
// sandbox, runs tests/e2e-firefox (node:test, one Firefox ESR over WebDriver BiDi at a time) and
// prints one summary line. Extra arguments are test files to run instead of all of them.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const OUT_DIR = resolve('.output/e2e-firefox');
const TEST_DIR = 'tests/e2e-firefox';

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForSandbox(port, sandbox) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (sandbox.exitCode !== null) throw new Error(`The sandbox exited with ${sandbox.exitCode}.`);
    const ok = await fetch(`http://127.0.0.1:${port}/__sandbox/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('The sandbox did not answer within 60 s.');
}

const port = String(await freePort());
const env = { ...process.env, SANDBOX_PORT: port, E2E_SANDBOX_PORT: port, SANDBOX_QUIET: '1' };
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(TEST_DIR)
      .filter((name) => name.endsWith('.e2e.ts'))
      .map((name) => join(TEST_DIR, name));

const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'sandbox'], {
  stdio: 'inherit',
  env: { ...env, WXT_OUT_DIR: OUT_DIR },
});
if (built.status !== 0) process.exit(built.status ?? 1);

const sandbox = spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit', env, detached: true });
let status = 1;
try {
  await waitForSandbox(port, sandbox);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=./${TEST_DIR}/support/summary-reporter.mjs`,
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { stdio: 'inherit', env: { ...env, E2E_FIREFOX_EXTENSION: join(OUT_DIR, 'firefox-mv3-sandbox') } },
  );
  status = run.status ?? 1;
} finally {
  // The sandbox runs in its own process group (npx → tsx → node): stop all of it.
  try {
    process.kill(-sandbox.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
process.exit(status);
