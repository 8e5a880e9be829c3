import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateFromCache } from '../../../lib/popup/cache-state';
import { firstOf, isPlainList, unlessAnsweredSoon } from '../../../lib/popup/first-state';
import { paintSnapshotOf } from '../../../lib/popup/paint-snapshot';
import { FIRST_SCREEN_ROWS } from '../../../lib/popup/snapshot';
import type { PopupOrg } from '../../../lib/messaging/protocol';
import { packView } from '../../../lib/popup/packed-orgs';
import { group, org, paintWords, view as plainView } from './fixtures';

// The popup holds its rows packed (lib/popup/packed-orgs.ts).
const view = (...args: Parameters<typeof plainView>) => packView(plainView(...args));

const say = {
  environment: (o: PopupOrg) => o.environment.toUpperCase(),
  primary: 'Primary',
  pinned: 'Pinned',
  here: 'You are here',
  used: (at: number) => `used at ${at}`,
};
const idOf = (o: PopupOrg) => `org-${o.orgId}`;

describe('paintSnapshotOf', () => {
  it('lists the rows in display order with their badges as words, and Enter’s row', () => {
    const state = view({
      group: group([org('staging'), org(''), org('a4test', { environment: 'test', colour: '#aa0000' })]),
      usage: [{ orgId: 'org_a4test', lastOpenedAt: 5, count: 1 }],
      currentOrgId: 'org_root',
    });
    const paint = paintSnapshotOf(state, paintWords, say, idOf);
    expect(paint.rows).toEqual([
      {
        id: 'org-org_root',
        name: 'Acme Production',
        login: 'jane.doe@acme.test',
        badges: [
          { text: 'PRODUCTION', kind: 'production' },
          { text: 'Primary', kind: 'primary' },
          { text: 'You are here', kind: 'here' },
        ],
        isCurrent: true,
      },
      {
        id: 'org-org_staging',
        name: 'Acme staging',
        login: 'jane.doe+staging@acme.test',
        badges: [{ text: 'STAGING', kind: 'staging' }],
      },
      {
        id: 'org-org_a4test',
        name: 'Acme a4test',
        login: 'jane.doe+a4test@acme.test',
        badges: [
          { text: 'TEST', kind: 'test' },
          { text: 'used at 5', kind: 'used' },
        ],
        colour: '#aa0000',
      },
    ]);
    // The current org is first: Enter opens the next one.
    expect(paint).toMatchObject({ activeIndex: 1, count: 3, isPartial: false, words: paintWords });
  });

  it('lists the pinned orgs first with a Pinned badge, and each row’s session status', () => {
    const state = view({ group: group([org(''), org('staging'), org('a4test')]) });
    const paint = paintSnapshotOf(state, paintWords, say, idOf, {
      pinned: ['org_a4test'],
      status: (o) => (o.orgId === 'org_a4test' ? 'Saved session · 5 min ago' : 'Needs an alias login'),
    });
    expect(paint.rows.map((row) => row.id)).toEqual(['org-org_a4test', 'org-org_root', 'org-org_staging']);
    expect(paint.rows[0]).toMatchObject({
      badges: [
        { text: 'STAGING', kind: 'staging' },
        { text: 'Pinned', kind: 'pinned' },
      ],
      status: 'Saved session · 5 min ago',
    });
    expect(paint.rows[1]?.status).toBe('Needs an alias login');
    // Enter opens the first row, the pinned one, as the popup's own list does.
    expect(paint.activeIndex).toBe(0);
  });

  it('at 10,000 orgs keeps the first screen and the count', () => {
    const many = Array.from({ length: 10_000 }, (_, at) => org(at === 0 ? '' : `o${at}`));
    const paint = paintSnapshotOf(view({ group: group(many) }), paintWords, say, idOf);
    expect(paint).toMatchObject({ count: 10_000, isPartial: true, activeIndex: 0 });
    expect(paint.rows).toHaveLength(FIRST_SCREEN_ROWS);
  });
});

describe('isPlainList', () => {
  it('is a ready list with nothing above it', () => {
    expect(isPlainList(view())).toBe(true);
    expect(isPlainList(view({ phase: 'session-expired' }))).toBe(false);
    expect(isPlainList(view({ error: { kind: 'server', message: 'Down' } }))).toBe(false);
    expect(isPlainList(view({ cacheWarning: 'Memory only' }))).toBe(false);
    expect(isPlainList(view({ group: group([]) }))).toBe(false);
    expect(isPlainList(view({ group: null }))).toBe(false);
  });
});

describe('stateFromCache', () => {
  const list = { group: view({ group: group([org('')]) }).group!, usage: [], revision: 'ig_acme_7f3a\nr1' };
  it('takes the last snapshot’s phase and source, and the cached list', () => {
    expect(stateFromCache(list, { phase: 'ready', source: 'manual' })).toMatchObject({
      phase: 'ready',
      source: 'manual',
      rootEmail: 'jane.doe@acme.test',
      group: list.group,
      revision: 'ig_acme_7f3a\nr1',
    });
  });
  it('without a snapshot claims no session (no “signed in as”)', () => {
    expect(stateFromCache(list, null)).toMatchObject({
      phase: 'ready',
      source: 'directory',
      rootEmail: null,
    });
  });
});

describe('firstOf', () => {
  it('gives the first value that is not null, or null when none', async () => {
    const never = new Promise<string | null>(() => undefined);
    expect(await firstOf(Promise.resolve(null), Promise.resolve('b'))).toBe('b');
    expect(await firstOf(never, Promise.resolve('b'))).toBe('b');
    expect(await firstOf(Promise.reject(new Error('x')), Promise.resolve(null))).toBeNull();
  });
});

describe('unlessAnsweredSoon', () => {
  afterEach(() => vi.useRealTimers());

  it('gives way to an answer that comes within the wait', async () => {
    vi.useFakeTimers();
    let answer!: () => void;
    const shown = unlessAnsweredSoon('guessed list', new Promise<void>((done) => (answer = done)), 150);
    await vi.advanceTimersByTimeAsync(100);
    answer();
    await vi.advanceTimersByTimeAsync(100);
    await expect(shown).resolves.toBeNull();
  });

  it('is shown when the answer is slow (a stopped worker), or fails', async () => {
    vi.useFakeTimers();
    const slow = unlessAnsweredSoon('guessed list', new Promise(() => undefined), 150);
    const failed = unlessAnsweredSoon('guessed list', Promise.reject(new Error('no worker')), 150);
    await vi.advanceTimersByTimeAsync(149);
    let isShown = false;
    void slow.then(() => (isShown = true));
    await Promise.resolve();
    expect(isShown).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(slow).resolves.toBe('guessed list');
    await expect(failed).resolves.toBe('guessed list');
  });
});
