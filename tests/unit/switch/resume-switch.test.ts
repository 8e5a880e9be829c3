import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import { createMemoryExtras } from '../../../lib/db/extras';
import { createHistoryRecorder } from '../../../lib/history/recorder';
import { memorySessionStore } from '../../../lib/storage/session-store';
import type { Cookie, CookieJar } from '../../../lib/switch/cookie-jar';
import { PENDING_TTL_MS, createPendingSwitches } from '../../../lib/switch/pending-switches';
import { INTENT_KEY, SWITCH_STEPS } from '../../../lib/switch/switch-intent';
import type { SwitchIntent, SwitchStep } from '../../../lib/switch/switch-intent';
import { SWITCH_ERROR_KEY, createSwitchService } from '../../../lib/switch/switch-service';
import { translate } from '../options/messages';
import { APP, group, sessionCookie } from './fixtures';

const someone = sessionCookie('someone');

/** One browser (store, cache, cookies, tabs) that several worker runs share, as a real one does. */
function browserState(where: 'current' | 'new' = 'current') {
  let now = 1_000_000;
  let cookies: Cookie[] = [someone];
  const store = memorySessionStore();
  const cache = createMemoryCache(null, { group, usage: [] });
  const extras = createMemoryExtras();
  const pending = createPendingSwitches(store, () => now);
  const navigate = vi.fn(async (_tabId: number, _url: string) => undefined);
  const open = vi.fn(async (_url: string) => 7);
  /** A worker run; `haltAt` holds its switch at that step, as a stopped worker would leave it. */
  const worker = (run: string, haltAt?: SwitchStep) => {
    let reached: () => void = () => undefined;
    const halted = new Promise<void>((done) => (reached = done));
    const service = createSwitchService({
      cache: async () => cache,
      store,
      pending,
      cookies: {
        read: async () => cookies,
        clear: async () => void (cookies = []),
        restore: async (jar: CookieJar) => void (cookies = jar.cookies),
      },
      tabs: { reusable: async () => (where === 'current' ? 5 : null), navigate, open },
      now: () => now,
      run,
      words: translate,
      history: createHistoryRecorder(
        async () => extras,
        () => now,
      ),
      afterStep: async (step) => {
        if (step !== haltAt) return;
        reached();
        await new Promise<never>(() => undefined);
      },
    });
    return { service, halted };
  };
  return {
    store,
    cache,
    pending,
    navigate,
    open,
    worker,
    extras,
    cookies: () => cookies,
    tick: (ms: number) => void (now += ms),
  };
}

describe('a switch stopped at any step of openInstance', () => {
  it.each(SWITCH_STEPS)('stopped after "%s": the next start finishes it in the same tab', async (step) => {
    const b = browserState();
    const first = b.worker('run-1', step);
    void first.service.openInstance('stg', 'current');
    await first.halted;
    expect((await b.store.get<SwitchIntent>(INTENT_KEY))?.step).toBe(step);

    b.tick(1_000);
    await b.worker('run-2').service.resumeInterrupted();
    expect(await b.pending.get(5)).toMatchObject({ orgId: 'stg', loginEmail: 'jane.doe+staging@acme.test' });
    expect(b.navigate).toHaveBeenLastCalledWith(5, `${APP}/login`);
    expect(b.open).not.toHaveBeenCalled();
    expect(b.cookies()).toEqual([]);
    expect(await b.cache.readUsage()).toEqual([expect.objectContaining({ orgId: 'stg', count: 1 })]);
    expect(await b.store.get(INTENT_KEY)).toBeUndefined();
    expect(await b.store.get(SWITCH_ERROR_KEY)).toBeUndefined();
    // Written once, at the time the person asked, however far the first run got.
    expect(await b.extras.readHistory()).toEqual([
      expect.objectContaining({ at: 1_000_000, toOrgId: 'stg', outcome: 'pending' }),
    ]);
  });

  it('a new tab opened before the stop is reused, not opened twice', async () => {
    const b = browserState('new');
    const first = b.worker('run-1', 'tab');
    void first.service.openInstance('stg', 'new');
    await first.halted;
    await b.worker('run-2').service.resumeInterrupted();
    expect(b.open).toHaveBeenCalledTimes(1);
    expect(b.navigate).toHaveBeenLastCalledWith(7, `${APP}/login`);
    expect(await b.pending.get(7)).toMatchObject({ orgId: 'stg' });
  });

  it('a page that already filled the alias is left to finish (no second load)', async () => {
    const b = browserState();
    const first = b.worker('run-1', 'navigated');
    void first.service.openInstance('stg', 'current');
    await first.halted;
    await b.pending.markFilled(5);
    b.navigate.mockClear();
    await b.worker('run-2').service.resumeInterrupted();
    expect(b.navigate).not.toHaveBeenCalled();
    expect(await b.store.get(INTENT_KEY)).toBeUndefined();
  });

  it('a switch that landed before the stop only gets its history', async () => {
    const b = browserState();
    const first = b.worker('run-1', 'navigated');
    void first.service.openInstance('stg', 'current');
    await first.halted;
    await b.pending.remove(5);
    b.navigate.mockClear();
    await b.worker('run-2').service.resumeInterrupted();
    expect(b.navigate).not.toHaveBeenCalled();
    expect((await b.cache.readUsage())[0]).toMatchObject({ orgId: 'stg', count: 1 });
  });

  it('the running worker does not resume its own switch in flight', async () => {
    const b = browserState();
    const first = b.worker('run-1', 'cleared');
    void first.service.openInstance('stg', 'current');
    await first.halted;
    await first.service.resumeInterrupted();
    expect(b.navigate).not.toHaveBeenCalled();
    expect((await b.store.get<SwitchIntent>(INTENT_KEY))?.step).toBe('cleared');
  });

  it('a switch too old to finish is reported in words, and cleared', async () => {
    const b = browserState();
    const first = b.worker('run-1', 'intent');
    void first.service.openInstance('stg', 'current');
    await first.halted;
    b.tick(PENDING_TTL_MS + 1);
    await b.worker('run-2').service.resumeInterrupted();
    expect(b.navigate).not.toHaveBeenCalled();
    expect(await b.store.get(SWITCH_ERROR_KEY)).toEqual({
      kind: 'switch-interrupted',
      message:
        'Opening Acme Staging was interrupted when the browser paused the extension, and it could not be finished. Choose the org again.',
    });
    expect(await b.store.get(INTENT_KEY)).toBeUndefined();
  });

  it('a switch to an org no longer listed is reported, not retried', async () => {
    const b = browserState();
    const first = b.worker('run-1', 'pending');
    void first.service.openInstance('stg', 'current');
    await first.halted;
    await b.cache.writeGroup({ ...group, instances: group.instances.slice(0, 1) });
    await b.worker('run-2').service.resumeInterrupted();
    expect(await b.store.get(SWITCH_ERROR_KEY)).toMatchObject({ kind: 'switch-interrupted' });
    expect(await b.pending.get(5)).toBeNull();
  });

  it('a switch that fails is answered at once and leaves no intent behind', async () => {
    const b = browserState();
    await expect(b.worker('run-1').service.openInstance('gone', 'current')).rejects.toMatchObject({
      kind: 'unknown-org',
    });
    expect(await b.store.get(INTENT_KEY)).toBeUndefined();
  });
});
