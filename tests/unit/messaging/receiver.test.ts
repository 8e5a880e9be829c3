import { describe, expect, it, vi } from 'vitest';
import { classifySender, createReceiver } from '../../../lib/messaging/receiver';
import type { Handlers, Sender, SenderPolicy } from '../../../lib/messaging/receiver';

const ID = 'fcgiacanfdgilcaoaonlcibfipgckioc';
const ORIGIN = `chrome-extension://${ID}`;
const policy: SenderPolicy = {
  extensionId: ID,
  extensionOrigin: ORIGIN,
  isContentOrigin: (origin) => origin === 'http://app.outreach.localhost:8790',
};
const popup: Sender = { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN };
const loginPage: Sender = {
  id: ID,
  url: 'http://app.outreach.localhost:8790/login',
  origin: 'http://app.outreach.localhost:8790',
  frameId: 0,
  tab: { id: 7 },
};

function handlers(): Handlers {
  const state = vi.fn(async () => ({ phase: 'signed-out' }) as never);
  return {
    getState: state,
    getPopupState: state,
    signIn: state,
    signOut: state,
    listInstances: vi.fn(async () => ({ group: null, usage: [] })),
    refreshInstances: state,
    setManualInstances: vi.fn(async () => ({}) as never),
    setSource: state,
    openInstance: vi.fn(async () => ({ tabId: 1, restored: false })),
    getPendingSwitch: vi.fn(async () => null),
    reportSwitch: vi.fn(async () => null),
    inspectLogin: vi.fn(async () => ({ kind: 'none' as const })),
    getChooser: vi.fn(async () => ({ kind: 'none' as const })),
    chooseOrg: vi.fn(async () => null),
    chooserPointerDown: vi.fn(async () => null),
    closeChooser: vi.fn(async () => null),
    getRootSignIn: vi.fn(async () => null),
    noteRootEmail: vi.fn(async () => null),
    offerOrgs: vi.fn(async () => null),
    acceptOrgs: vi.fn(async () => ({}) as never),
    dismissOrgs: state,
    cancelSignIn: state,
    getOrgMarker: vi.fn(async () => null),
    getSessionStatus: vi.fn(async () => ({ activeOrgId: null, outreachTabs: 0, saved: {} })),
    forgetSession: vi.fn(async () => ({ activeOrgId: null, outreachTabs: 0, saved: {} })),
    listPins: vi.fn(async () => []),
    setPinned: vi.fn(async () => []),
    listHistory: vi.fn(async () => []),
    clearHistory: vi.fn(async () => []),
    switchBack: vi.fn(async () => ({ tabId: 1, restored: false })),
    getKeptPage: vi.fn(async () => null),
    getGateQuestion: vi.fn(async () => null),
    answerGate: vi.fn(async () => null),
  };
}

describe('classifySender', () => {
  it.each<[string, Sender]>([
    ['another extension', { ...popup, id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['no id', { url: popup.url, origin: ORIGIN }],
    ['an extension URL claimed by a web origin', { ...popup, origin: 'https://evil.example' }],
    ['a content script in a sub-frame', { ...loginPage, frameId: 3 }],
    ['a content script on a foreign origin', { ...loginPage, origin: 'http://evil.localhost:8790' }],
    ['a content script on a look-alike port', { ...loginPage, origin: 'http://app.outreach.localhost:9999' }],
    ['a content script without a tab', { ...loginPage, tab: undefined }],
    ['a look-alike extension URL', { id: ID, url: `${ORIGIN}.evil/popup.html`, frameId: 0, tab: { id: 1 } }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, policy)).toBeNull();
  });

  it('accepts extension pages and top-frame content scripts on the connection origin', () => {
    expect(classifySender(popup, policy)).toEqual({ kind: 'extension-page', path: '/popup.html' });
    expect(classifySender({ ...popup, tab: { id: 4, windowId: 9 } }, policy)).toEqual({
      kind: 'extension-page',
      path: '/popup.html',
      windowId: 9,
    });
    expect(classifySender(loginPage, policy)).toEqual({
      kind: 'content-script',
      tabId: 7,
      origin: 'http://app.outreach.localhost:8790',
    });
  });
});

describe('createReceiver', () => {
  it.each<[string, unknown]>([
    ['a string', 'getState'],
    ['null', null],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a known type with extra fields', { type: 'getState', admin: true }],
    ['openInstance without an org', { type: 'openInstance', where: 'new' }],
    ['openInstance with a bad target', { type: 'openInstance', orgId: 'x', where: 'popup' }],
    ['a prototype-pollution payload', JSON.parse('{"type":"getState","__proto__":{"x":1}}')],
    ['a nested __proto__', JSON.parse('{"type":"setManualInstances","list":{"a":[{"__proto__":{}}]}}')],
    ['a constructor key', { type: 'setManualInstances', list: { constructor: { prototype: 1 } } }],
    ['getPopupState with readsRows false', { type: 'getPopupState', readsRows: false }],
    ['getPopupState with readsRows as text', { type: 'getPopupState', readsRows: 'yes' }],
    ['getPopupState with an unknown field', { type: 'getPopupState', knownRevision: 'r' }],
  ])('answers %s with an error reply, calling no handler', async (_name, message) => {
    const all = handlers();
    const reply = await createReceiver(all, policy)(message, popup);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    for (const handler of Object.values(all)) expect(handler).not.toHaveBeenCalled();
  });

  it('answers an over-sized request with too-large, calling no handler', async () => {
    const all = handlers();
    const message = { type: 'setManualInstances', list: 'x'.repeat(2_000_001) };
    const reply = await createReceiver(all, policy)(message, popup);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(all.setManualInstances).not.toHaveBeenCalled();
  });

  it('answers a forbidden sender before parsing', async () => {
    const reply = await createReceiver(handlers(), policy)({ type: 'getState' }, { ...popup, id: 'other' });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
  });

  it('lets a content script ask for its pending switch, with its tab and origin', async () => {
    const all = handlers();
    const reply = await createReceiver(all, policy)({ type: 'getPendingSwitch' }, loginPage);
    expect(reply).toEqual({ ok: true, value: null });
    expect(all.getPendingSwitch).toHaveBeenCalledWith(
      { type: 'getPendingSwitch' },
      { kind: 'content-script', tabId: 7, origin: 'http://app.outreach.localhost:8790' },
    );
  });

  it.each([
    ['inspectLogin with a huge email', { type: 'inspectLogin', email: 'x'.repeat(10_000) }],
    ['reportSwitch with an unknown outcome', { type: 'reportSwitch', outcome: 'hacked' }],
    ['chooseOrg with an empty org', { type: 'chooseOrg', orgId: '' }],
  ])('answers a content script sending %s with an error reply', async (_name, message) => {
    const reply = await createReceiver(handlers(), policy)(message, loginPage);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
  });

  it('lets a content script ask which org its page is', async () => {
    const all = handlers();
    const reply = await createReceiver(all, policy)({ type: 'getOrgMarker' }, loginPage);
    expect(reply).toEqual({ ok: true, value: null });
    expect(all.getOrgMarker).toHaveBeenCalled();
  });

  it.each([
    'getState',
    'getPopupState',
    'signIn',
    'signOut',
    'refreshInstances',
    'listInstances',
    'openInstance',
    'listPins',
    'listHistory',
    'clearHistory',
    'getSessionStatus',
  ])('refuses %s from a content script', async (type) => {
    const all = handlers();
    const message = type === 'openInstance' ? { type, orgId: 'o', where: 'new' } : { type };
    const reply = await createReceiver(all, policy)(message, loginPage);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(all[type as keyof Handlers]).not.toHaveBeenCalled();
  });

  it('hands getPopupState its readsRows flag', async () => {
    const all = handlers();
    await createReceiver(all, policy)({ type: 'getPopupState', readsRows: true }, popup);
    expect(all.getPopupState).toHaveBeenCalledWith(
      { type: 'getPopupState', readsRows: true },
      expect.objectContaining({ kind: 'extension-page' }),
    );
  });

  it('dispatches a valid request from an extension page and wraps the value', async () => {
    const all = handlers();
    const reply = await createReceiver(all, policy)({ type: 'listInstances' }, popup);
    expect(reply).toEqual({ ok: true, value: { group: null, usage: [] } });
  });

  it('turns a handler failure into an error reply without internals', async () => {
    const all = handlers();
    all.getState = vi.fn(async () => {
      throw new TypeError('secret stack detail');
    });
    const reply = await createReceiver(all, policy)({ type: 'getState' }, popup);
    expect(reply).toEqual({
      ok: false,
      error: { kind: 'internal', message: expect.not.stringContaining('secret') },
    });
  });
});

describe('the production gate window', () => {
  const gatePage: Sender = {
    id: ID,
    url: `${ORIGIN}/gate.html?q=q1`,
    origin: ORIGIN,
    tab: { id: 4, windowId: 9 },
  };
  const messages = [
    { type: 'answerGate', id: 'q1', open: true },
    { type: 'getGateQuestion', id: 'q1' },
  ];

  it.each<[string, Sender]>([
    ['the popup', popup],
    ['the options page', { ...popup, url: `${ORIGIN}/options.html` }],
    ['a look-alike path', { ...popup, url: `${ORIGIN}/gate.html.evil/x` }],
    ['a gate path on another origin', { ...loginPage, url: 'http://app.outreach.localhost:8790/gate.html' }],
  ])('refuses answerGate and getGateQuestion from %s', async (_name, sender) => {
    const all = handlers();
    for (const message of messages) {
      const reply = await createReceiver(all, policy)(message, sender);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(all.answerGate).not.toHaveBeenCalled();
    expect(all.getGateQuestion).not.toHaveBeenCalled();
  });

  it('hands them to the gate from gate.html, with its window', async () => {
    const all = handlers();
    expect(await createReceiver(all, policy)(messages[0], gatePage)).toEqual({ ok: true, value: null });
    expect(all.answerGate).toHaveBeenCalledWith(messages[0], {
      kind: 'extension-page',
      path: '/gate.html',
      windowId: 9,
    });
  });
});

describe('the inline chooser frame', () => {
  const frame: Sender = {
    id: ID,
    url: 'chrome-extension://dynamic-session-id/chooser-frame.html',
    origin: 'chrome-extension://dynamic-session-id',
    frameId: 3,
    tab: { id: 7 },
  };

  it('is known by its path in a sub-frame of a tab, and may choose', async () => {
    const all = handlers();
    const reply = await createReceiver(all, policy)({ type: 'chooseOrg', orgId: 'o', via: 'pointer' }, frame);
    expect(reply).toEqual({ ok: true, value: null });
    expect(all.chooseOrg).toHaveBeenCalledWith(
      { type: 'chooseOrg', orgId: 'o', via: 'pointer' },
      { kind: 'chooser-frame', tabId: 7 },
    );
  });

  it('may make no other request', async () => {
    const all = handlers();
    const reply = await createReceiver(all, policy)({ type: 'getState' }, frame);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(all.getState).not.toHaveBeenCalled();
  });

  it.each([
    ['a login page (the content script, or the page itself)', loginPage],
    [
      'the page at the frame path',
      { ...loginPage, url: 'http://app.outreach.localhost:8790/chooser-frame.html' },
    ],
    ['the frame page at the top of a tab', { ...frame, frameId: 0 }],
    ['another extension', { ...frame, id: 'other-extension' }],
  ])('refuses a choice from %s', async (_name, sender) => {
    const all = handlers();
    const reply = await createReceiver(all, policy)(
      { type: 'chooseOrg', orgId: 'o', via: 'pointer' },
      sender,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(all.chooseOrg).not.toHaveBeenCalled();
  });
});
