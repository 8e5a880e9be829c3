import type { Request } from '../messaging/protocol';

/**
 * The popup's first request to the background. On a first open (nothing to paint), the first-paint
 * script (assets/popup-paint.js), a classic script that runs before the popup's module, sends it
 * (as {@link PAINTING_REQUEST}) as soon as the page starts, so the background's answer is on its
 * way while the module loads; the module takes that answer instead of asking again.
 */
export const FIRST_REQUEST = { type: 'getPopupState', readsRows: true } as const satisfies Request;

/**
 * The same request as the first-paint script sends it: with `paints`, the answer also carries the
 * first screen's snapshot, which the script paints before the module has loaded. The script sends
 * this literal; its unit test checks that it is this one.
 */
export const PAINTING_REQUEST = { ...FIRST_REQUEST, paints: true } as const satisfies Request;

/** Where the first-paint script leaves the pending answer (a property of the popup's window). */
const EARLY_REPLY_KEY = '__cisFirstReply';

type Scope = { [EARLY_REPLY_KEY]?: unknown };

/**
 * The answer to the request the first-paint script sent, or `null` when it sent none (it failed,
 * or the page has no such script). Taken once: a second caller asks the background itself.
 */
export function takeEarlyReply(scope: object = globalThis): Promise<unknown> | null {
  const holder = scope as Scope;
  const early = holder[EARLY_REPLY_KEY];
  delete holder[EARLY_REPLY_KEY];
  const isPending = typeof (early as PromiseLike<unknown> | undefined)?.then === 'function';
  return isPending ? Promise.resolve(early) : null;
}
