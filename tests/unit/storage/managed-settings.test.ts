import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, saveSettings } from '../../../lib/storage/settings';
import type { RememberedPolicy } from '../../../lib/storage/managed-settings';
import {
  loadEffectiveSettings,
  loadManagedSettings,
  NO_POLICY,
  onManagedChanged,
  parseManagedPolicy,
  withManaged,
} from '../../../lib/storage/managed-settings';

const CUSTOM = {
  connectionProfile: 'custom',
  issuer: 'https://login.acme.example',
  clientId: 'cross-instance',
  directoryUrl: 'https://api.acme.example/instances',
  allowedHosts: ['*.acme.example'],
  appUrl: 'https://app.acme.example/',
  loginUrl: 'https://app.acme.example/login',
};

describe('managed settings (storage.managed)', () => {
  it('presets a custom connection, the source and the manual list', async () => {
    await fakeBrowser.storage.managed.set({ ...CUSTOM, listSource: 'manual', manualList: { version: 1 } });
    const managed = await loadManagedSettings(fakeBrowser.storage.managed);
    expect(managed.connection).toMatchObject({
      profile: 'custom',
      custom: { issuer: 'https://login.acme.example', allowedHosts: ['*.acme.example'] },
    });
    expect(managed.source).toBe('manual');
    expect(managed.manualList).toEqual({ version: 1 });
    expect(managed.problems).toEqual([]);
  });

  it('wins over what the person saved', async () => {
    await saveSettings({ source: 'directory', connection: { profile: 'outreach', custom: null } });
    await fakeBrowser.storage.managed.set({ ...CUSTOM, listSource: 'manual' });
    const effective = await loadEffectiveSettings();
    expect(effective.source).toBe('manual');
    expect(effective.connection?.profile).toBe('custom');
  });

  it.each([
    ['a wrong type', { listSource: 42 }, 'listSource'],
    ['an http issuer', { ...CUSTOM, issuer: 'http://login.acme.example' }, 'issuer'],
    ['a URL outside the allowed hosts', { ...CUSTOM, appUrl: 'https://evil.example/' }, 'appUrl'],
  ])('ignores %s with a reason and keeps the saved value', (_name, raw, key) => {
    const managed = parseManagedPolicy(raw);
    expect(managed.problems.join(' ')).toContain(key);
    expect(withManaged(DEFAULT_SETTINGS, managed)).toEqual(DEFAULT_SETTINGS);
  });

  it('a managed storage that throws at once is no policy', async () => {
    const throwing = {
      get: (): Promise<Record<string, unknown>> => {
        throw new TypeError('storage.managed is not available');
      },
    };
    expect(await loadManagedSettings(throwing)).toEqual(NO_POLICY);
  });

  it('no policy changes nothing', async () => {
    expect(withManaged(DEFAULT_SETTINGS, await loadManagedSettings(fakeBrowser.storage.managed))).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});

/** A policy store in memory, as `storage.local` keeps it. */
function memory(initial: Record<string, unknown> | null = null) {
  const kept = { raw: initial };
  const remembered: RememberedPolicy = {
    get: async () => kept.raw,
    set: async (raw) => void (kept.raw = raw),
  };
  return { kept, remembered };
}

/** A managed area that answers `raw` after `ms`, counting its reads. */
function slowArea(raw: Record<string, unknown>, ms: number) {
  const area = {
    reads: 0,
    get: (_keys: null) => {
      area.reads++;
      return new Promise<Record<string, unknown>>((resolve) => setTimeout(resolve, ms, raw));
    },
  };
  return area;
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a policy the browser is slow to give (its first read after it starts takes seconds)', () => {
  it('remembers what it read, and gives that when the next read has not answered in time', async () => {
    const { kept, remembered } = memory();
    await loadManagedSettings(slowArea(CUSTOM, 0), remembered, 20);
    expect(kept.raw).toEqual(CUSTOM);
    const managed = await loadManagedSettings(slowArea({}, 1_000), remembered, 20);
    expect(managed.connection?.profile).toBe('custom');
  });

  it('with nothing remembered (a first run), waits for the browser: a policy is never guessed', async () => {
    const { kept, remembered } = memory();
    const managed = await loadManagedSettings(slowArea(CUSTOM, 60), remembered, 5);
    expect(managed.connection?.profile).toBe('custom');
    expect(kept.raw).toEqual(CUSTOM);
  });

  it('an answer in time is used, not the remembered policy', async () => {
    const { kept, remembered } = memory(CUSTOM);
    expect((await loadManagedSettings(slowArea({}, 0), remembered, 50)).connection).toBeNull();
    expect(kept.raw).toEqual({});
  });

  it('a late answer that differs is remembered and calls the change listeners once', async () => {
    const listener = vi.fn();
    onManagedChanged(listener);
    const { kept, remembered } = memory(CUSTOM);
    const area = slowArea({ listSource: 'manual' }, 40);
    const [first, second] = await Promise.all([
      loadManagedSettings(area, remembered, 5),
      loadManagedSettings(area, remembered, 5),
    ]);
    expect([first.connection?.profile, second.connection?.profile]).toEqual(['custom', 'custom']);
    expect(area.reads).toBe(1);
    expect(listener).not.toHaveBeenCalled();
    await later(60);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(kept.raw).toEqual({ listSource: 'manual' });
    expect((await loadManagedSettings(slowArea({ listSource: 'manual' }, 0), remembered, 5)).source).toBe(
      'manual',
    );
  });

  it('a late answer that is the remembered policy calls nobody', async () => {
    const listener = vi.fn();
    onManagedChanged(listener);
    const { remembered } = memory(CUSTOM);
    await loadManagedSettings(slowArea(CUSTOM, 30), remembered, 5);
    await later(50);
    expect(listener).not.toHaveBeenCalled();
  });
});
