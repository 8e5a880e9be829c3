import { describe, expect, it } from 'vitest';
import { createActiveConnection } from '../../../lib/connection/active-connection';
import { OUTREACH_PROFILE, sandboxProfile } from '../../../lib/connection/profiles';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import type { Settings } from '../../../lib/storage/settings';

const build = sandboxProfile(8790);
const custom: Settings = {
  ...DEFAULT_SETTINGS,
  connection: {
    profile: 'custom',
    custom: {
      issuer: 'https://login.outreach.io',
      clientId: 'acme-extension',
      directoryUrl: '',
      allowedHosts: ['*.outreach.io'],
      appUrl: 'https://web.outreach.io/',
      loginUrl: 'https://web.outreach.io/login',
    },
  },
};

describe('the active connection', () => {
  it('is the build profile until settings are read, then the saved choice', async () => {
    const connection = createActiveConnection(build, async () => custom);
    expect(connection.latest()).toBe(build);
    expect(await connection.get()).toMatchObject({ id: 'custom', issuer: 'https://login.outreach.io' });
    expect(connection.latest().clientId).toBe('acme-extension');
  });

  it('falls back to the build profile when settings cannot be read', async () => {
    const connection = createActiveConnection(build, async () => Promise.reject(new Error('storage')));
    expect(await connection.get()).toBe(build);
  });

  it('says when a change moves to another identity provider', async () => {
    const connection = createActiveConnection(build, async () => DEFAULT_SETTINGS);
    await connection.get();
    expect(connection.update({ ...DEFAULT_SETTINGS, source: 'manual' })).toBe(false);
    expect(
      connection.update({ ...DEFAULT_SETTINGS, connection: { profile: 'outreach', custom: null } }),
    ).toBe(true);
    expect(await connection.get()).toBe(OUTREACH_PROFILE);
    expect(connection.update(custom)).toBe(true);
  });
});
