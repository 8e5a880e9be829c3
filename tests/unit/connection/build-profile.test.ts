import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../lib/connection/build-profile';
import { OUTREACH_PROFILE, hostPatterns, sandboxProfile } from '../../../lib/connection/profiles';

describe('build profiles', () => {
  it('store builds use Outreach with the manual source by default', () => {
    expect(buildProfile({ MODE: 'production' } as ImportMetaEnv)).toBe(OUTREACH_PROFILE);
    expect(OUTREACH_PROFILE.defaultSource).toBe('manual');
    expect(hostPatterns(OUTREACH_PROFILE)).toEqual(['https://*.outreach.io/*']);
  });

  it('sandbox builds use the sandbox at the build port', () => {
    const profile = buildProfile({ MODE: 'sandbox', WXT_SANDBOX_PORT: '9123' } as unknown as ImportMetaEnv);
    expect(profile).toEqual(sandboxProfile(9123));
    expect(profile.issuer).toBe('http://accounts.outreach.localhost:9123');
    expect(hostPatterns(profile)).toEqual(['http://*.outreach.localhost/*']);
  });

  it('a bad port falls back to the default', () => {
    expect(buildProfile({ MODE: 'sandbox', WXT_SANDBOX_PORT: 'x' } as unknown as ImportMetaEnv).issuer).toBe(
      'http://accounts.outreach.localhost:8790',
    );
  });
});
