import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A free loopback port, so parallel runs do not clash. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/** The sandbox port of this test run (set once by playwright.config.ts, inherited by workers). */
export function sandboxPort(): number {
  const port = Number(process.env.E2E_SANDBOX_PORT);
  if (!port) throw new Error('E2E_SANDBOX_PORT is not set: run the e2e tests through Playwright.');
  return port;
}

/** Where the e2e build of the extension goes (built once per run by global-setup.ts). */
export const E2E_OUT_DIR = resolve('.output/e2e');
export const EXTENSION_DIR = resolve(E2E_OUT_DIR, 'chrome-mv3-sandbox');

/** `http://{host}.localhost:PORT{path}`, e.g. `sandboxUrl('app.outreach', '/login')`. */
export function sandboxUrl(host: string, path = '/', port = sandboxPort()): string {
  return `http://${host}.localhost:${port}${path}`;
}

/** The Outreach-pages sandbox build (`--mode outreach-sandbox`), built beside the sandbox build. */
export const OUTREACH_SANDBOX_EXTENSION_DIR = resolve(E2E_OUT_DIR, 'chrome-mv3-outreach-sandbox');
/** The unmodified store build, as `npm run build` makes it. */
export const STORE_EXTENSION_DIR = resolve('.output/chrome-mv3');
