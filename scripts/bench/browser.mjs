// The benches' Chromium: CHROMIUM_PATH, then the system one, then Playwright's own; a fresh profile
// with the built extension loaded (the same flags as tests/e2e/support/chromium.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export function resolveChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', chromium.executablePath()].find(
    existsSync,
  );
  if (!found)
    throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/**
 * Launches headless Chromium with the extension in `extensionDir` (or several, an array);
 * `close()` also removes the profile, unless it was given (`profileDir`: a browser started
 * again). With `debugging`, DevTools also listens on a free port (scripts/bench/cdp.mjs connects
 * to it through `profileDir`).
 */
export async function launchWithExtension(
  extensionDir,
  { debugging = false, profileDir: kept, ...options } = {},
) {
  const extensions = [extensionDir].flat().join(',');
  const profileDir = kept ?? (await mkdtemp(join(tmpdir(), 'cis-bench-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: resolveChromium(),
    headless: true,
    ...options,
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      ...(debugging ? ['--remote-debugging-port=0'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    context,
    profileDir,
    async close() {
      await context.close();
      if (!kept) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
