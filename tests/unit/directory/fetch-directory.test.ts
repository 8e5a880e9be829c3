import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BYTES, fetchDirectory } from '../../../lib/directory/fetch-directory';
import { validateGroup } from '../../../lib/directory/validate-group';
import type { FetchDirectoryOptions } from '../../../lib/directory/fetch-directory';
import { NOW, SANDBOX_HOSTS, janeResponse, rawInstance } from './fixtures';

const TOKEN = 'tok_SECRET_abc123';
const URL_ = 'http://api.outreach.localhost:8790/cross-instance/v1/instance-group';

type FakeFetch = NonNullable<FetchDirectoryOptions['fetch']>;

function respond(body: BodyInit | null, init: ResponseInit = {}): FakeFetch {
  return vi.fn<FakeFetch>(async () => new Response(body, init));
}

function json(value: unknown, status = 200): FakeFetch {
  return respond(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
}

function run(fetch: FakeFetch, extra: Partial<FetchDirectoryOptions> = {}) {
  return fetchDirectory({ url: URL_, accessToken: TOKEN, fetch, ...extra });
}

/** A body of `chunks` chunks of `size` bytes each, with no Content-Length; counts chunks sent. */
function streamed(chunks: number, size: number) {
  const state = { sent: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.sent++ < chunks) controller.enqueue(new Uint8Array(size).fill(0x20));
      else controller.close();
    },
  });
  return { body, state };
}

/** Waits for the abort signal, as a server that never answers would. */
const hanging: FakeFetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    consoleSpies.push(vi.spyOn(console, method));
  }
});

afterEach(() => {
  const printed = JSON.stringify(consoleSpies.flatMap((spy) => spy.mock.calls));
  consoleSpies.length = 0;
  expect(printed).not.toContain(TOKEN);
});

describe('fetchDirectory', () => {
  it('returns the JSON body and sends the token without cookies, cache or redirects', async () => {
    const fetch = json(janeResponse());
    expect(await run(fetch)).toEqual({ ok: true, body: janeResponse() });
    const [input, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(input).toBe(URL_);
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'error' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['401', json({ error: 'invalid_token' }, 401), 'unauthorized', 401],
    ['403 not_admin', json({ error: 'not_admin' }, 403), 'not-admin', 403],
    ['403 with another error', json({ error: 'org_disabled' }, 403), 'forbidden', 403],
    ['403 without a body', respond(null, { status: 403 }), 'forbidden', 403],
    ['403 with a non-JSON body', respond('<h1>Forbidden</h1>', { status: 403 }), 'forbidden', 403],
    ['500', respond('oops', { status: 500 }), 'server', 500],
    ['503', respond(null, { status: 503 }), 'server', 503],
    ['404', respond('not found', { status: 404 }), 'server', 404],
    ['invalid JSON', respond('{"instanceGroupId": '), 'malformed', 200],
    ['an empty body', respond(''), 'malformed', 200],
  ])('reports %s', async (_label, fetch, kind, status) => {
    const result = await run(fetch);
    expect(result).toMatchObject({ ok: false, error: { kind, status } });
    if (!result.ok) expect(result.error.message).not.toContain(TOKEN);
  });

  it('times out when the directory does not answer', async () => {
    const result = await run(hanging, { timeoutMs: 20 });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'timeout', message: 'The instance directory did not answer within 20 milliseconds.' },
    });
  });

  it('says the default timeout in seconds', async () => {
    vi.useFakeTimers();
    try {
      const pending = run(hanging);
      await vi.advanceTimersByTimeAsync(10_000);
      const result = await pending;
      expect(!result.ok && result.error.message).toBe(
        'The instance directory did not answer within 10 seconds.',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('times out while a body trickles in, even if fetch ignores the signal', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const result = await run(respond(never), { timeoutMs: 20 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('reports a cancel by the caller', async () => {
    const controller = new AbortController();
    const pending = run(hanging, { signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'timeout', message: /cancelled/ } });
  });

  it('reports offline when fetch rejects with a TypeError', async () => {
    const fetch = vi.fn<FakeFetch>(async () => {
      throw new TypeError(`Failed to fetch ${TOKEN}`);
    });
    const result = await run(fetch);
    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('refuses a large Content-Length without reading the body', async () => {
    const pull = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull }, { highWaterMark: 0 });
    const fetch = respond(body, { headers: { 'content-length': String(DEFAULT_MAX_BYTES + 1) } });
    expect(await run(fetch)).toMatchObject({ ok: false, error: { kind: 'too-large', status: 200 } });
    expect(pull).not.toHaveBeenCalled();
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    const { body, state } = streamed(1_000, 1024);
    const result = await run(respond(body), { maxBytes: 10_000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', message: /10,000 bytes/ } });
    expect(state.sent).toBeLessThan(15);
  });

  it('accepts a streamed body at the cap', async () => {
    const text = JSON.stringify({ padding: 'x'.repeat(100) });
    const result = await run(respond(text), { maxBytes: new TextEncoder().encode(text).byteLength });
    expect(result.ok).toBe(true);
  });

  it('accepts a 10,000-org group streamed in 64 KiB chunks, and every org validates', async () => {
    const instances = Array.from({ length: 10_000 }, (_, i) =>
      rawInstance(`org_${i}`, `Acme Org ${i}`, `jane.doe+org${i}@acme.test`, 'staging'),
    );
    const bytes = new TextEncoder().encode(JSON.stringify(janeResponse(instances)));
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.byteLength) return controller.close();
        controller.enqueue(bytes.slice(offset, (offset += 65_536)));
      },
    });
    const result = await run(respond(body), { timeoutMs: 60_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const validated = validateGroup(result.body, {
      allowedHosts: SANDBOX_HOSTS,
      source: 'directory',
      now: NOW,
    });
    expect(validated).toMatchObject({ ok: true, group: { dropped: [] } });
    if (validated.ok) expect(validated.group.instances).toHaveLength(10_000);
  }, 60_000);

  it('sizes the default cap for the schema: 100,000 orgs of 500 bytes', () => {
    expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(100_000 * 500);
  });
});
