import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, saveSettings } from '../../../lib/storage/settings';

describe('settings', () => {
  it.each([
    ['nothing stored', undefined],
    ['garbage', 'not an object'],
    ['an unknown future shape', { version: 99, source: 'ftp' }],
    ['a bad value', { version: 1, source: 'ftp' }],
  ])('falls back to the defaults for %s', (_name, stored) => {
    expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid record', () => {
    expect(migrateSettings({ version: 1, source: 'manual' })).toMatchObject({ version: 1, source: 'manual' });
  });

  it('asks before opening a production org unless turned off; a record without the field asks', () => {
    expect(DEFAULT_SETTINGS.askBeforeProduction).toBe(true);
    expect(migrateSettings({ version: 1, source: null })).toMatchObject({ askBeforeProduction: true });
    expect(migrateSettings({ version: 1, source: null, askBeforeProduction: false })).toMatchObject({
      askBeforeProduction: false,
    });
  });

  it('saves to storage.local and reads back, validated', async () => {
    await saveSettings({ source: 'manual' }, fakeBrowser.storage.local as never);
    expect(await loadSettings(fakeBrowser.storage.local as never)).toMatchObject({
      version: 1,
      source: 'manual',
    });
    await expect(
      saveSettings({ source: 'bad' as never }, fakeBrowser.storage.local as never),
    ).rejects.toThrow();
  });
});
