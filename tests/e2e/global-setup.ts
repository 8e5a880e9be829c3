import { execFileSync } from 'node:child_process';
import { E2E_OUT_DIR, sandboxPort } from './support/env';

/** Builds the extension once per run, configured for this run's sandbox port. */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], {
    stdio: 'inherit',
    env: { ...process.env, SANDBOX_PORT: String(sandboxPort()), WXT_OUT_DIR: E2E_OUT_DIR },
  });
}
