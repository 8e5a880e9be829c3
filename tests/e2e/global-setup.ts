import { execFileSync } from 'node:child_process';
import { E2E_OUT_DIR, sandboxPort } from './support/env';

/**
 * Builds the extension once per run: the sandbox build configured for this run's sandbox port, the
 * Outreach-pages sandbox build (same port), and the unmodified store build (`npm run build`, into
 * `.output/chrome-mv3`), which the real-host tests load as shipped.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const env = { ...process.env, SANDBOX_PORT: String(sandboxPort()), WXT_OUT_DIR: E2E_OUT_DIR };
  for (const mode of ['sandbox', 'outreach-sandbox']) {
    execFileSync('npx', ['wxt', 'build', '--mode', mode], { stdio: 'inherit', env });
  }
  const storeEnv = { ...process.env };
  delete storeEnv.WXT_OUT_DIR;
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: storeEnv });
}
