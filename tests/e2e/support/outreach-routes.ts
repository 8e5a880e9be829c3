/**
 * Outreach-shaped pages at Outreach's real host names, with no network: `context.route` answers
 * `https://*.outreach.io/**` and the IdP from the same pure world the sandbox serves
 * (sandbox/outreach/, contract in sandbox/OUTREACH-MODE.md). Cookies are real browser cookies.
 */
import type { BrowserContext, Route } from '@playwright/test';
import { REAL_OUTREACH } from '../../../sandbox/outreach/hosts';
import type { OutreachOrigins } from '../../../sandbox/outreach/hosts';
import { asClientRedirect } from '../../../sandbox/outreach/http';
import type { OutreachResponse } from '../../../sandbox/outreach/http';
import { SWITCH_COOKIE, switchCookieValue } from '../../../sandbox/outreach/switches';
import type { SwitchPatch } from '../../../sandbox/outreach/switches';
import { createOutreachWorld } from '../../../sandbox/outreach/world';
import type { OutreachWorld } from '../../../sandbox/outreach/world';

export { REAL_OUTREACH };
export type { OutreachSwitches, SwitchPatch } from '../../../sandbox/outreach/switches';

export interface OutreachRoutes {
  origins: OutreachOrigins;
  /** The world behind the routes (its state, seed and switches). */
  world: OutreachWorld;
  setSwitches(patch: SwitchPatch): void;
  /** Every request served: method, URL without its query, status. */
  log: { method: string; url: string; status: number }[];
  /** Password pages served (IdP, login password step, Devise step two). */
  passwordPrompts(): number;
  close(): Promise<void>;
}

const OUTREACH_PATTERN = 'https://*.outreach.io/**';

/** Playwright's fulfil takes one value per header; several Set-Cookie values are joined by `\n`. */
function fulfilHeaders(response: OutreachResponse): Record<string, string> {
  return response.cookies.length
    ? { ...response.headers, 'set-cookie': response.cookies.join('\n') }
    : response.headers;
}

/** Serves Outreach mode at the real host names to every page of `context` (and its extension). */
export async function routeOutreach(
  context: BrowserContext,
  options: { switches?: SwitchPatch } = {},
): Promise<OutreachRoutes> {
  const world = createOutreachWorld({ origins: REAL_OUTREACH, switches: options.switches });
  const log: OutreachRoutes['log'] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const answer = world.handle({
      method: request.method(),
      url,
      headers: await request.allHeaders(),
      body: request.postData() ?? '',
    });
    log.push({ method: request.method(), url: url.origin + url.pathname, status: answer.status });
    // Navigations get redirects as self-navigating pages: see asClientRedirect.
    const response = request.isNavigationRequest() ? asClientRedirect(answer) : answer;
    await route.fulfill({ status: response.status, headers: fulfilHeaders(response), body: response.body });
  };
  const idpPattern = `${REAL_OUTREACH.idp}/**`;
  await context.route(OUTREACH_PATTERN, handler);
  await context.route(idpPattern, handler);
  return {
    origins: REAL_OUTREACH,
    world,
    setSwitches: (patch) => void world.switches.merge(patch),
    log,
    passwordPrompts: () => world.passwordPrompts,
    close: async () => {
      await context.unroute(OUTREACH_PATTERN, handler);
      await context.unroute(idpPattern, handler);
    },
  };
}

/**
 * Per-context markup switches for the sandbox's Outreach mode (the `outreach_sandbox` cookie on
 * `outreach.localhost`, which wins over the global switches), so parallel tests do not clash.
 */
export async function useOutreachSwitches(context: BrowserContext, switches: SwitchPatch): Promise<void> {
  const value = encodeURIComponent(switchCookieValue(switches));
  await context.addCookies([
    { name: SWITCH_COOKIE, value, domain: '.outreach.localhost', path: '/' },
    { name: SWITCH_COOKIE, value, domain: '.idp.localhost', path: '/' },
  ]);
}
