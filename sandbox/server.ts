/** The sandbox's single HTTP server: routes by Host header to the IdP, accounts, app, API and test pages. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccounts } from './accounts';
import { createApp } from './app';
import { createDirectoryApi } from './directory';
import { FaultState, handleFaults } from './faults';
import { createSeed } from './fixtures';
import type { Seed } from './fixtures';
import { createIdp } from './idp';
import { Directory, HOSTS, origins as originsFor } from './model';
import type { Origins } from './model';
import { hostName, requestUrl, sendHtml, sendJson } from './net';
import type { Req, Res } from './net';
import { evilFramePage, evilLoginPage, messagePage } from './views';
import { localOutreachOrigins } from './outreach/hosts';
import { handleOutreachControl, isOutreachRequest, serveOutreach } from './outreach/node';
import type { OutreachModeState } from './outreach/node';
import { createOutreachWorld } from './outreach/world';
import type { OutreachWorld } from './outreach/world';

export const DEFAULT_PORT = 8790;

export interface SandboxOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Size of the benchmark group (`SANDBOX_ORGS`); 0 adds none. */
  extraOrgs?: number;
  /** Log one line per request. */
  log?: boolean;
}

export interface RunningSandbox {
  port: number;
  origins: Origins;
  seed: Seed;
  faults: FaultState;
  /** Outreach mode (sandbox/OUTREACH-MODE.md): its world and sandbox-wide state. */
  outreach: { world: OutreachWorld; mode: OutreachModeState };
  close(): Promise<void>;
}

type Handler = (req: Req, res: Res) => Promise<void>;

function buildRouter(
  port: number,
  seed: Seed,
  faults: FaultState,
  outreach: RunningSandbox['outreach'],
): Handler {
  const origins = originsFor(port);
  const directory = new Directory(seed);
  const idp = createIdp(seed, origins);
  const accounts = createAccounts(directory, origins);
  const app = createApp(directory, origins);
  const api = createDirectoryApi(directory, accounts.provider, faults, origins);

  const down = (res: Res, what: string) =>
    sendHtml(res, 503, messagePage('Service unavailable', `${what} is down (sandbox fault).`), {
      'retry-after': '1',
    });

  return async (req, res) => {
    const path = requestUrl(req).pathname;
    if (path === '/__sandbox/health') return sendJson(res, 200, { ok: true });
    if (path === '/__sandbox/faults') return handleFaults(req, res, faults);
    if (path === '/__sandbox/outreach') return handleOutreachControl(req, res, outreach.world, outreach.mode);
    const host = hostName(req);
    if (isOutreachRequest(host, path)) {
      if (host === HOSTS.idp && faults.idpDown) return down(res, 'Acme SSO');
      return serveOutreach(outreach.world, req, res);
    }
    if (outreach.mode.exclusive && (host === HOSTS.accounts || host === HOSTS.api)) {
      return sendJson(res, 404, { error: 'not_found', message: 'Outreach mode is exclusive.' });
    }
    switch (host) {
      case HOSTS.idp:
        if (faults.idpDown) return down(res, 'Acme SSO');
        return idp.handle(req, res);
      case HOSTS.accounts:
        if (faults.authServerDown) return down(res, 'The Outreach authorization server');
        return accounts.handle(req, res);
      case HOSTS.app:
        return app.handle(req, res);
      case HOSTS.api:
        return api.handle(req, res);
      case HOSTS.evil:
        if (path === '/frame') return sendHtml(res, 200, evilFramePage(`${origins.app}/login`));
        return sendHtml(res, 200, evilLoginPage(host));
      case HOSTS.evilOutreach:
        return sendHtml(res, 200, evilLoginPage(host));
      default:
        return sendHtml(
          res,
          404,
          messagePage('Unknown host', `The sandbox does not serve ${host || 'this host'}.`),
        );
    }
  };
}

/** Starts the sandbox on 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const faults = new FaultState();
  const seed = createSeed(options.extraOrgs ?? 0);
  // Filled once the port is known (providers need their issuer URL, which includes the port).
  const routing: { router?: Handler } = {};

  const server = createServer((req, res) => {
    const started = performance.now();
    if (options.log) {
      res.once('finish', () => {
        const ms = (performance.now() - started).toFixed(1);
        console.log(
          `${req.method} ${hostName(req) || '-'} ${requestUrl(req).pathname} ${res.statusCode} ${ms}ms`,
        );
      });
    }
    const { router } = routing;
    if (!router) return sendJson(res, 503, { error: 'starting' });
    router(req, res).catch((error: unknown) => {
      if (process.env.SANDBOX_DEBUG) console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const outreach = {
    world: createOutreachWorld({ origins: localOutreachOrigins(port), seed }),
    mode: { exclusive: false },
  };
  routing.router = buildRouter(port, seed, faults, outreach);

  return {
    port,
    origins: originsFor(port),
    seed,
    faults,
    outreach,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
