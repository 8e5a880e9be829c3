import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/e2e/support/chromium';
import { freePort } from './tests/e2e/support/env';

// Chosen once in the runner; workers inherit it through the environment.
process.env.E2E_SANDBOX_PORT ??= String(await freePort());
const port = process.env.E2E_SANDBOX_PORT;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI: Chromium's renderer very rarely crashes under load ("Page crashed"), which is
  // not the extension's doing; Playwright still reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx tsx sandbox/main.ts',
    url: `http://127.0.0.1:${port}/__sandbox/health`,
    env: { SANDBOX_PORT: port, SANDBOX_QUIET: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    { name: 'headless', testIgnore: /\.(headed|faults)\.spec\.ts$/, use: { headless: true } },
    // Sandbox faults are switched for the whole server, so fault tests run alone, one at a time,
    // after everything else.
    {
      name: 'faults',
      testMatch: /\.faults\.spec\.ts$/,
      workers: 1,
      dependencies: ['headless'],
      use: { headless: true },
    },
    // Extension keyboard commands only fire from real input: run under Xvfb (scripts/run-e2e.mjs).
    {
      name: 'headed',
      testMatch: /\.headed\.spec\.ts$/,
      workers: 1,
      dependencies: ['faults'],
      use: { headless: false },
    },
  ],
});
