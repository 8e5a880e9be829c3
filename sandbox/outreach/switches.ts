/** Markup and fault switches of Outreach mode; see sandbox/OUTREACH-MODE.md. */
import { z } from 'zod';

/** Login markups a person (and a good adapter) can use. */
export const LOGIN_MARKUPS = ['form', 'react'] as const;
/** Fault markups: an email step with no recognisable email field (an unlabelled text input). */
export const BROKEN_LOGIN_MARKUPS = ['unlabelled'] as const;
/** The working login markups (what a journey test iterates over). */
export type LoginMarkup = (typeof LOGIN_MARKUPS)[number];
/** Every login markup a page can be rendered in, faults included. */
export type LoginPageMarkup = LoginMarkup | (typeof BROKEN_LOGIN_MARKUPS)[number];
export const SELECT_MARKUPS = ['radios', 'cards', 'tiles', 'select', 'links'] as const;
/** Fault markups: the selection window's heading and Next, but no orgs to pick ("Loading orgs…"). */
export const BROKEN_SELECT_MARKUPS = ['empty'] as const;
/** The working selection-window markups (what a journey test iterates over). */
export type SelectMarkup = (typeof SELECT_MARKUPS)[number];
/** Every selection-window markup a page can be rendered in, faults included. */
export type SelectPageMarkup = SelectMarkup | (typeof BROKEN_SELECT_MARKUPS)[number];
/** `unmarked`: the app shows no org name and no login anywhere (a fault). */
export const APP_MARKUPS = ['menu', 'unmarked'] as const;
export const LEGACY_MODES = ['devise', 'moved'] as const;

export const switchesSchema = z
  .object({
    login: z.enum([...LOGIN_MARKUPS, ...BROKEN_LOGIN_MARKUPS]),
    select: z.enum([...SELECT_MARKUPS, ...BROKEN_SELECT_MARKUPS]),
    app: z.enum(APP_MARKUPS),
    legacy: z.enum(LEGACY_MODES),
    idpDown: z.boolean(),
  })
  .partial()
  .strict();

export type OutreachSwitches = Required<z.infer<typeof switchesSchema>>;
export type SwitchPatch = z.infer<typeof switchesSchema>;

export const DEFAULT_SWITCHES: OutreachSwitches = {
  login: 'form',
  select: 'radios',
  app: 'menu',
  legacy: 'devise',
  idpDown: false,
};

/** The per-browser-context override cookie (set by tests, never by the pages). */
export const SWITCH_COOKIE = 'outreach_sandbox';

/** Parses the cookie's value (`login=react&select=cards`); unknown or bad entries are ignored. */
export function parseSwitchCookie(value: string | undefined): SwitchPatch {
  if (!value) return {};
  const patch: Record<string, unknown> = {};
  for (const [key, raw] of new URLSearchParams(value)) {
    patch[key] = key === 'idpDown' ? raw === 'true' : raw;
  }
  const result: SwitchPatch = {};
  for (const key of Object.keys(switchesSchema.shape) as (keyof SwitchPatch)[]) {
    const one = switchesSchema.safeParse({ [key]: patch[key] });
    if (patch[key] !== undefined && one.success) Object.assign(result, one.data);
  }
  return result;
}

/** The cookie value for a patch (the inverse of `parseSwitchCookie`). */
export function switchCookieValue(patch: SwitchPatch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/** Global switches of one world (the sandbox process, or one routed browser context). */
export class SwitchState {
  private current: SwitchPatch = {};

  constructor(initial: SwitchPatch = {}) {
    this.current = { ...initial };
  }

  get(): OutreachSwitches {
    return { ...DEFAULT_SWITCHES, ...this.current };
  }

  merge(patch: SwitchPatch): OutreachSwitches {
    this.current = { ...this.current, ...patch };
    return this.get();
  }

  reset(): void {
    this.current = {};
  }
}
