import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, migrateSettings, saveSettings } from '../../../lib/storage/settings';

describe('the containerPerOrg setting (Firefox containers)', () => {
  it('reads as null (follow the browser) in a record stored before it existed', () => {
    expect(migrateSettings({ version: 1, source: 'manual', connection: null })).toMatchObject({
      source: 'manual',
      containerPerOrg: null,
    });
  });

  it.each([true, false])('keeps a choice of %s', async (choice) => {
    await saveSettings({ containerPerOrg: choice }, fakeBrowser.storage.local as never);
    expect((await loadSettings(fakeBrowser.storage.local as never)).containerPerOrg).toBe(choice);
  });

  it('refuses a value that is not a choice', async () => {
    await expect(
      saveSettings({ containerPerOrg: 'yes' as never }, fakeBrowser.storage.local as never),
    ).rejects.toThrow();
  });
});
