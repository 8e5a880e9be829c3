/**
 * An Outreach-shaped world: the app, the login hosts and the IdP as one pure request handler
 * (request in → response out, state in memory), served by the sandbox and by Playwright routing.
 */
import { createSeed } from '../fixtures';
import type { Seed } from '../fixtures';
import { Directory } from '../model';
import { handleAppHost } from './app-host';
import type { Ctx, WorldCore } from './context';
import { hostRole } from './hosts';
import type { OutreachOrigins } from './hosts';
import { htmlResponse, requestCookies } from './http';
import type { OutreachRequest, OutreachResponse } from './http';
import { handleIdpHost } from './idp-host';
import { messagePage } from './idp-pages';
import { handleAccountsHost, handleLoginHost } from './login-host';
import { OutreachState } from './state';
import { parseSwitchCookie, SWITCH_COOKIE, SwitchState } from './switches';
import type { SwitchPatch } from './switches';

export interface OutreachWorld extends WorldCore {
  handle(req: OutreachRequest): OutreachResponse;
}

export interface WorldOptions {
  origins: OutreachOrigins;
  seed?: Seed;
  switches?: SwitchPatch;
}

export function createOutreachWorld(options: WorldOptions): OutreachWorld {
  const seed = options.seed ?? createSeed();
  const world: OutreachWorld = {
    origins: options.origins,
    seed,
    directory: new Directory(seed),
    state: new OutreachState(),
    switches: new SwitchState(options.switches),
    passwordPrompts: 0,
    handle(req) {
      const cookies = requestCookies(req);
      const switches = { ...world.switches.get(), ...parseSwitchCookie(cookies.get(SWITCH_COOKIE)) };
      const ctx: Ctx = { world, req, switches, cookies };
      switch (hostRole(world.origins, req.url)) {
        case 'web':
          return handleAppHost(ctx);
        case 'login':
          return handleLoginHost(ctx);
        case 'accounts':
          return handleAccountsHost(ctx);
        case 'idp':
          return handleIdpHost(ctx);
        default:
          return htmlResponse(
            messagePage('Unknown host', `Outreach mode does not serve ${req.url.host}.`),
            404,
          );
      }
    },
  };
  return world;
}
