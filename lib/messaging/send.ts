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
 * The only caller of `runtime.sendMessage`: typed by the protocol, unwraps the reply.
 * Imports the protocol's types only, so pages that send stay free of zod.
 */
export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseMap[T]> | undefined;
  if (!reply) throw new RequestError('no-reply', 'The extension did not answer. Try again.');
  if (!reply.ok) throw new RequestError(reply.error.kind, reply.error.message);
  return reply.value;
}

/** What a page shows for a failed `send`: the reply's kind and words, or the thrown error's. */
export function asUiError(error: unknown): UiError {
  const { kind = 'internal', message = String(error) } = (error ?? {}) as Partial<UiError>;
  return { kind, message };
}
