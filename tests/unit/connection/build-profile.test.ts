import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../lib/connection/build-profile';
import {
  OUTREACH_PROFILE,
  hostPatterns,
  loginOriginsOf,
  outreachSandboxProfile,
  sandboxProfile,
  signInKindOf,
} from '../../../lib/connection/profiles';

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

  it('outreach-sandbox builds sign in on the Outreach-shaped sandbox pages, with no OpenID client', () => {
    const profile = buildProfile({
      MODE: 'outreach-sandbox',
      WXT_SANDBOX_PORT: '9123',
    } as unknown as ImportMetaEnv);
    expect(profile).toEqual(outreachSandboxProfile(9123));
    expect(signInKindOf(profile)).toBe('outreach-pages');
    expect(profile.loginUrl).toBe('http://login.outreach.localhost:9123/');
    expect(loginOriginsOf(profile)).toEqual([
      'http://login.outreach.localhost:9123',
      'http://accounts.outreach.localhost:9123',
    ]);
    expect(hostPatterns(profile)).toEqual(['http://*.outreach.localhost/*']);
  });

  it('the sandbox default mode keeps OpenID and the directory', () => {
    expect(signInKindOf(sandboxProfile(9123))).toBe('openid');
    expect(signInKindOf(OUTREACH_PROFILE)).toBe('outreach-pages');
  });
});
