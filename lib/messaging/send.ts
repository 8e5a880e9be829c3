import { nativeBrowser as browser } from '../browser/native-browser';
import type { Reply, Request, RequestType, ResponseMap, UiError } from './protocol';

/** Thrown by `send` when the background answers with an error reply. */
export class RequestError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/**
 * The modules' only caller of `runtime.sendMessage` (the popup's first-paint script, a classic
 * script, sends its one early request itself): typed by the protocol, unwraps the reply.
 * Imports the protocol's types only, so pages that send stay free of zod.
 */
export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  return unwrap<ResponseMap[T]>(browser.runtime.sendMessage(request));
}

/** The value of a pending `runtime.sendMessage` reply, or its error as a `RequestError`. */
export async function unwrap<T>(pending: Promise<unknown>): Promise<T> {
  const reply = (await pending) as Reply<T> | undefined;
  if (!reply) throw new RequestError('no-reply', 'The extension did not answer. Try again.');
  if (!reply.ok) throw new RequestError(reply.error.kind, reply.error.message);
  return reply.value;
}

/** What a page shows for a failed `send`: the reply's kind and words, or the thrown error's. */
export function asUiError(error: unknown): UiError {
  const { kind = 'internal', message = String(error) } = (error ?? {}) as Partial<UiError>;
  return { kind, message };
}
