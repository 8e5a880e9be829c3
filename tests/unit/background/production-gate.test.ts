import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import { GATE_KEY, GATE_TTL_MS, createProductionGate } from '../../../lib/background/production-gate';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import { asksBeforeOpening } from '../../../lib/switch/production-rule';
import { group } from '../switch/fixtures';

// The question window's page, in the window openWindow gave (77).
const extensionPage: HandlerContext = { kind: 'extension-page', path: '/gate.html', windowId: 77 };
const contentScript: HandlerContext = {
  kind: 'content-script',
  tabId: 5,
  origin: 'http://app.outreach.localhost:8790',
};
const frame: HandlerContext = { kind: 'chooser-frame', tabId: 5 };

function setup({ isOn = true, here = 'stg' as string | null } = {}) {
  let now = 1_000;
  const store = memorySessionStore();
  const open = vi.fn(async () => undefined);
  const openWindow = vi.fn(async () => 77);
  const closeWindow = vi.fn(async () => undefined);
  let ids = 0;
  const gate = createProductionGate({
    store,
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    isOn: async () => isOn,
    currentOrgId: async () => here,
    reusableTab: async () => 5,
    open,
    openWindow,
    closeWindow,
    newId: () => `q${++ids}`,
    now: () => now,
    words: (key, sub) => `${key}:${String(sub ?? '')}`,
  });
  return { gate, store, open, openWindow, closeWindow, tick: (ms: number) => void (now += ms) };
}

describe('asksBeforeOpening', () => {
  it.each([
    ['production', true, true],
    ['production', false, false],
    ['staging', true, false],
    ['sandbox', true, false],
  ] as const)('%s with the option %s → %s', (environment, isOn, expected) => {
    expect(asksBeforeOpening({ environment }, isOn)).toBe(expected);
  });
});

describe('the production gate', () => {
  it('opens a non-production org at once, with no window', async () => {
    const t = setup();
    expect(await t.gate.openInstance('stg', 'current')).toBe('opened');
    expect(t.open).toHaveBeenCalledWith('stg', 'current', null);
    expect(t.openWindow).not.toHaveBeenCalled();
  });

  it('opens production at once with the option off, or when the browser is in it already', async () => {
    expect(await setup({ isOn: false }).gate.openInstance('prod', 'current')).toBe('opened');
    expect(await setup({ here: 'prod' }).gate.openInstance('prod', 'current')).toBe('opened');
  });

  it('refuses an answer from an extension page in another window, or in no window', async () => {
    const t = setup();
    await t.gate.openInstance('prod', 'current');
    for (const other of [
      { ...extensionPage, windowId: 78 },
      { kind: 'extension-page', path: '/gate.html' } as const,
    ]) {
      await expect(t.gate.answer('q1', true, other)).rejects.toMatchObject({ kind: 'forbidden' });
    }
    expect(t.open).not.toHaveBeenCalled();
    // The question is still open for its own window.
    await t.gate.answer('q1', true, extensionPage);
    expect(t.open).toHaveBeenCalledWith('prod', 'current', 5);
  });

  it('asks for production in a window; Open runs the switch in the tab of the key press, once', async () => {
    const t = setup();
    expect(await t.gate.openInstance('prod', 'current')).toBe('asked');
    expect(t.open).not.toHaveBeenCalled();
    expect(t.openWindow).toHaveBeenCalledWith('q1');
    expect(await t.gate.question('q1', extensionPage)).toEqual({
      orgName: 'Acme Production',
      title: 'gateTitle:Acme Production',
    });
    expect(await t.gate.answer('q1', true, extensionPage)).toBeNull();
    expect(t.closeWindow).toHaveBeenCalledWith(77);
    expect(t.open).toHaveBeenCalledWith('prod', 'current', 5);
    // Asked once: the same answer again opens nothing more.
    await expect(t.gate.answer('q1', true, extensionPage)).rejects.toMatchObject({ kind: 'gate-expired' });
    expect(t.open).toHaveBeenCalledTimes(1);
  });

  it('Cancel, a closed window or two minutes leave everything as it was', async () => {
    const t = setup();
    await t.gate.openInstance('prod', 'current');
    await t.gate.answer('q1', false, extensionPage);
    await t.gate.openInstance('prod', 'current');
    await t.gate.windowClosed(12);
    expect(await t.store.get(GATE_KEY)).toMatchObject({ id: 'q2' });
    await t.gate.windowClosed(77);
    expect(await t.store.get(GATE_KEY)).toBeUndefined();
    await t.gate.openInstance('prod', 'current');
    t.tick(GATE_TTL_MS + 1);
    expect(await t.gate.question('q3', extensionPage)).toBeNull();
    await expect(t.gate.answer('q3', true, extensionPage)).rejects.toMatchObject({ kind: 'gate-expired' });
    expect(t.open).not.toHaveBeenCalled();
  });

  it('a newer question replaces the older one and closes its window', async () => {
    const t = setup();
    await t.gate.openInstance('prod', 'current');
    await t.gate.openInstance('prod', 'new');
    expect(t.closeWindow).toHaveBeenCalledWith(77);
    await expect(t.gate.answer('q1', true, extensionPage)).rejects.toMatchObject({ kind: 'gate-expired' });
    await t.gate.answer('q2', true, extensionPage);
    expect(t.open).toHaveBeenCalledWith('prod', 'new', 5);
  });

  it.each([
    ['a content script', contentScript],
    ['the chooser frame', frame],
  ])('%s can neither read nor answer the question', async (_name, context) => {
    const t = setup();
    await t.gate.openInstance('prod', 'current');
    expect(await t.gate.question('q1', context)).toBeNull();
    await expect(t.gate.answer('q1', true, context)).rejects.toMatchObject({ kind: 'forbidden' });
    expect(t.open).not.toHaveBeenCalled();
    expect(await t.store.get(GATE_KEY)).toMatchObject({ id: 'q1' });
  });
});
