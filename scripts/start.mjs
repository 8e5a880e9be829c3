// `npm start`: builds the extension for the sandbox, starts the sandbox, and opens Chromium with the
// extension loaded on the app's login page. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = process.env.SANDBOX_PORT ?? '8790';
const env = { ...process.env, SANDBOX_PORT: port };

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error(
    'npm start opens a browser window, and this machine has no display.\n' +
      'Run it under a virtual display instead:  xvfb-run -a npm start\n' +
      '(Debian/Ubuntu: sudo apt-get install xvfb), or use `npm run sandbox` and load\n' +
      '.output/chrome-mv3-sandbox/ by hand (see README).',
  );
  process.exit(1);
}

const chromium = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path) => path && existsSync(path));
if (!chromium) {
  console.error('No Chromium found: install one (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const built = spawnSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);

const sandbox = spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit', env });
const extensionDir = resolve('.output/chrome-mv3-sandbox');
const profileDir = mkdtempSync(join(tmpdir(), 'cis-start-'));
const browser = spawn(
  chromium,
  [
    `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `http://app.outreach.localhost:${port}/login`,
  ],
  { stdio: 'ignore' },
);

const stop = () => {
  browser.kill();
  sandbox.kill('SIGTERM');
};
browser.on('exit', stop);
sandbox.on('exit', (code) => {
  browser.kill();
  process.exit(code ?? 0);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
