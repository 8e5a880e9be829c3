/** One request inside one Outreach world, and the cookie helpers every host uses. */
import type { Seed } from '../fixtures';
import type { Directory } from '../model';
import { serializeCookie } from '../net';
import type { OutreachOrigins } from './hosts';
import type { OutreachRequest } from './http';
import type { OutreachState } from './state';
import type { OutreachSwitches, SwitchState } from './switches';

export const COOKIES = {
  session: 'outreach_session',
  login: 'outreach_login',
  idp: 'acme_sso',
} as const;

/** Everything one world keeps: its hosts, seed, server-side state and global switches. */
export interface WorldCore {
  origins: OutreachOrigins;
  seed: Seed;
  directory: Directory;
  state: OutreachState;
  switches: SwitchState;
  /** Password pages served so far (IdP, login password step, Devise step two). */
  passwordPrompts: number;
}

export interface Ctx {
  world: WorldCore;
  req: OutreachRequest;
  /** Global switches with the request's `outreach_sandbox` cookie on top. */
  switches: OutreachSwitches;
  cookies: Map<string, string>;
}

/** A host-only, HttpOnly, Lax cookie (`Secure` on https); `null` deletes it. */
export function setCookie(ctx: Ctx, name: string, value: string | null): string {
  return serializeCookie(name, value ?? '', {
    httpOnly: true,
    secure: ctx.req.url.protocol === 'https:',
    ...(value === null ? { maxAge: 0 } : {}),
  });
}
