import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, saveSettings } from '../../../lib/storage/settings';
import {
  loadEffectiveSettings,
  loadManagedSettings,
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

  it('no policy changes nothing', async () => {
    expect(withManaged(DEFAULT_SETTINGS, await loadManagedSettings(fakeBrowser.storage.managed))).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});
