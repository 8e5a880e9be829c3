/**
 * `GET {directoryUrl}` with the root's access token. Every outcome becomes a value with a message
 * people can read; nothing throws and nothing is logged (the token is a credential).
 */

/** What went wrong while fetching the directory; the UI explains each kind. */
export type DirectoryErrorKind =
  'unauthorized' | 'not-admin' | 'forbidden' | 'server' | 'timeout' | 'offline' | 'too-large' | 'malformed';

/** A failed fetch: its kind, the HTTP status when there was one, and a plain-words message. */
export interface DirectoryError {
  kind: DirectoryErrorKind;
  status?: number;
  message: string;
}

/** Result of {@link fetchDirectory}: the parsed JSON body (still untrusted), or an error. */
export type FetchDirectoryResult = { ok: true; body: unknown } | { ok: false; error: DirectoryError };

/** Options of {@link fetchDirectory}. */
export interface FetchDirectoryOptions {
  url: string;
  accessToken: string;
  /** Give up after this long, body included (default 10 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default {@link DEFAULT_MAX_BYTES}, 50 MB). */
  maxBytes?: number;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Cancels the request; reported as a `timeout` that says it was cancelled. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Sized for the schema's 100,000 instances at about 500 bytes each (a real entry is 200 to 300
 * bytes). The cap is enforced while the body streams in, so a larger answer is never held whole.
 */
export const DEFAULT_MAX_BYTES = 50_000_000;
/** A 403 body is read only to look for `{"error":"not_admin"}`. */
const MAX_ERROR_BYTES = 4096;

const NAME = 'The instance directory';

type Read = { ok: true; text: string } | { ok: false; error: DirectoryError };

function fail(
  kind: DirectoryErrorKind,
  message: string,
  status?: number,
): { ok: false; error: DirectoryError } {
  return { ok: false, error: status === undefined ? { kind, message } : { kind, status, message } };
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const value = Math.round(ms / 100) / 10;
  return value === 1 ? '1 second' : `${value} seconds`;
}

function tooLarge(maxBytes: number, status: number) {
  const limit = maxBytes.toLocaleString('en-US');
  return fail(
    'too-large',
    `${NAME} sent more than ${limit} bytes, which is more than an instance list needs.`,
    status,
  );
}

/** Read the body as a stream, stopping (and cancelling the request) once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Read> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > maxBytes) {
    controller.abort();
    return tooLarge(maxBytes, response.status);
  }
  if (response.body === null) return { ok: true, text: '' };
  const reader = response.body.getReader();
  // Real fetch errors the stream on abort; this also ends streams that ignore the signal.
  controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), {
    once: true,
  });
  const decoder = new TextDecoder();
  let total = 0;
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      controller.abort();
      return tooLarge(maxBytes, response.status);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  // A stream that ends early because the request was aborted must not be taken as a whole body.
  controller.signal.throwIfAborted();
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}

/** Settle with `promise`, or reject as soon as `signal` aborts (even if `promise` never settles). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    promise.then(resolve, reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** 403: `not_admin` when the body says so, else a plain refusal. */
async function forbidden(response: Response, controller: AbortController): Promise<FetchDirectoryResult> {
  const read = await readCapped(response, MAX_ERROR_BYTES, controller);
  const body = read.ok ? parseJson(read.text) : undefined;
  const isNotAdmin =
    typeof body === 'object' && body !== null && (body as Record<string, unknown>)['error'] === 'not_admin';
  return isNotAdmin
    ? fail('not-admin', 'Only admins can see the linked instances, and this account is not an admin.', 403)
    : fail('forbidden', `${NAME} refused access (HTTP 403).`, 403);
}

async function interpret(response: Response, maxBytes: number, controller: AbortController) {
  const { status } = response;
  if (status === 401)
    return fail('unauthorized', 'Your sign-in has expired or was revoked; sign in again.', 401);
  if (status === 403) return forbidden(response, controller);
  if (status < 200 || status > 299) {
    response.body?.cancel().catch(() => undefined);
    return fail('server', `${NAME} answered with an error (HTTP ${status}); try again later.`, status);
  }
  const read = await readCapped(response, maxBytes, controller);
  if (!read.ok) return read;
  const body = parseJson(read.text);
  if (body === undefined) return fail('malformed', `${NAME} sent an answer that is not valid JSON.`, status);
  return { ok: true as const, body };
}

/** Name a thrown error: our timeout, the caller's cancel, or the network. */
function thrownError(timedOut: boolean, cancelled: boolean, timeoutMs: number): FetchDirectoryResult {
  if (timedOut) return fail('timeout', `${NAME} did not answer within ${seconds(timeoutMs)}.`);
  if (cancelled) return fail('timeout', `The request to the instance directory was cancelled.`);
  return fail(
    'offline',
    `Could not reach the instance directory; check the network connection and try again.`,
  );
}

/**
 * Fetch the instance directory with the access token (`Authorization: Bearer`), without cookies,
 * cache or redirects. 401 → `unauthorized`; 403 `{"error":"not_admin"}` → `not-admin`, other
 * 403 → `forbidden`; other non-2xx → `server`; no answer within `timeoutMs` → `timeout`; network
 * failure → `offline`; a body over `maxBytes` (by Content-Length, or counted while streaming) →
 * `too-large`; a body that is not JSON → `malformed`. Never throws, never logs the token.
 */
export async function fetchDirectory(options: FetchDirectoryOptions): Promise<FetchDirectoryResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    options.signal?.throwIfAborted();
    const request = doFetch(options.url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${options.accessToken}`, Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
    });
    const response = await untilAborted(request, controller.signal);
    return await interpret(response, options.maxBytes ?? DEFAULT_MAX_BYTES, controller);
  } catch {
    return thrownError(timedOut, options.signal?.aborted === true, timeoutMs);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
