// The benches' build and their sections' command lines: nothing here ships.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the benches build (`BENCH_OUT_DIR`), and the sandbox extension in it. */
export const OUT_DIR = resolve(process.env.BENCH_OUT_DIR ?? '.output/bench');
export const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3-sandbox');

/**
 * Builds the sandbox extension into `OUT_DIR` (its `SANDBOX_PORT`, 8790 by default, is never
 * contacted); `BENCH_SKIP_BUILD=1` reuses the last build.
 */
export function buildSandbox() {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR, SANDBOX_PORT: process.env.SANDBOX_PORT ?? '8790' },
  });
}

/**
 * `node scripts/bench/<section>.mjs` runs that section of `npm run bench` alone, when the module
 * at `moduleUrl` is the one run: it builds, runs `bench`, prints with `print` and exits 0 when
 * `print` says the budgets hold, 1 when one is over, 2 when the section could not run.
 */
export function runAlone(moduleUrl, bench, print) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  buildSandbox();
  bench(EXTENSION_DIR).then(
    (results) => process.exit(print(results) ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
