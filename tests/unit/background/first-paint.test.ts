import { describe, expect, it } from 'vitest';
import { createFirstPaint } from '../../../lib/background/first-paint';
import { popupReplyOf, ROWS_ALWAYS_SENT } from '../../../lib/instances/popup-view';
import { firstScreenSnapshot } from '../../../lib/popup/first-screen';
import { packOrgs } from '../../../lib/popup/packed-orgs';
import { saySession } from '../../../lib/popup/words';
import type { SessionFacts } from '../../../lib/popup/session-status';
import type { StateSnapshot } from '../../../lib/messaging/protocol';
import { toPopupView } from '../../../lib/instances/popup-view';
import { group, org, snapshot } from '../popup/fixtures';

// A first open's first screen, built in the background (lib/background/first-paint.ts).

const facts: SessionFacts = { activeOrgId: null, outreachTabs: 0, saved: { org_staging: Date.now() } };
const firstPaint = (pins: string[] = ['org_test'], sessionFacts = async () => facts) =>
  createFirstPaint({ pins: async () => pins, sessionFacts });
const stateOf = (overrides: Partial<StateSnapshot> = {}) =>
  snapshot({ group: group([org(''), org('staging'), org('test', { environment: 'test' })]), ...overrides });
const paintOf = (state: StateSnapshot, readsRows = true, paint = firstPaint()) =>
  paint(state, popupReplyOf(state, 'ig_acme_7f3a\nr1', readsRows));

describe('the first paint the background sends a first open', () => {
  it('is the snapshot the popup itself writes for the same list, pins and session status', async () => {
    const state = stateOf({ currentOrgId: 'org_staging' });
    const view = toPopupView(state);
    const shown = {
      ...view,
      group: { ...view.group!, instances: packOrgs(view.group!.instances, view.group!.rootEmail) },
    };
    const popupsOwn = firstScreenSnapshot(shown, {
      pinned: ['org_test'],
      status: (row) => saySession(row.orgId, facts),
    });
    const sent = await paintOf(state);
    expect(sent).toEqual(popupsOwn);
    expect(sent!.rows.map((row) => row.name)).toEqual(['Acme test', 'Acme Production', 'Acme staging']);
    expect(sent!.rows[0]!.badges.map((badge) => badge.text)).toEqual(['Test', 'Pinned']);
    expect(sent!.rows.map((row) => row.status)).toEqual([
      'Needs an alias login',
      'Needs an alias login',
      'Saved session · just now',
    ]);
    expect(sent!.words.who).toBe('Signed in as jane.doe@acme.test');
  });

  it('has the rows even when the answer leaves them out (a large group, read by the popup itself)', async () => {
    const many = Array.from({ length: ROWS_ALWAYS_SENT + 1 }, (_, at) => org(`org${at}`));
    const state = snapshot({ group: group(many) });
    expect(popupReplyOf(state, 'ig_acme_7f3a\nr1', true).group!.instances).toBeNull();
    const sent = await paintOf(state);
    expect(sent!.count).toBe(ROWS_ALWAYS_SENT + 1);
    expect(sent!.rows.length).toBeGreaterThan(0);
  });

  it.each([
    ['signed out', stateOf({ phase: 'signed-out' })],
    ['with an error banner', stateOf({ error: { kind: 'network', message: 'Offline.' } })],
    ['with no list', snapshot({ group: null, phase: 'signed-out' })],
    ['with an empty list', snapshot({ group: group([]) })],
  ])('is none for a screen that is not a plain list: %s', async (_, state) => {
    expect(await paintOf(state)).toBeNull();
  });

  it('is none when the pins or the session status cannot be read (the app would move its rows)', async () => {
    const noPins = createFirstPaint({
      pins: () => Promise.reject(new Error('IndexedDB is closed.')),
      sessionFacts: async () => facts,
    });
    const noFacts = firstPaint([], () => Promise.reject(new Error('No storage.')));
    expect(await paintOf(stateOf(), true, noPins)).toBeNull();
    expect(await paintOf(stateOf(), true, noFacts)).toBeNull();
  });
});
