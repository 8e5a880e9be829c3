import { describe, expect, it } from 'vitest';
import { resolveConnection } from '../../../lib/connection/connection-settings';
import { OUTREACH_PROFILE, sandboxProfile } from '../../../lib/connection/profiles';
import {
  allowedHostProblem,
  checkConnectionForm,
  isAdvancedOpenAtStart,
  originsToRemove,
} from '../../../lib/options/connection-form';
import type { ConnectionForm } from '../../../lib/options/connection-form';
import type { Translate } from '../../../lib/options/translate';
import { translate } from './messages';

const GOOD: ConnectionForm = {
  issuer: 'https://accounts.example.com',
  clientId: 'cross-instance-sign-in',
  directoryUrl: 'https://api.example.com/cross-instance/v1/instance-group',
  allowedHosts: '*.example.com\nexample.org',
  appUrl: 'https://app.example.com/',
  loginUrl: 'https://app.example.com/login',
};

describe('checkConnectionForm', () => {
  it('accepts a custom connection and lists the hosts it needs access to', () => {
    const result = checkConnectionForm(GOOD);
    expect(result).toEqual({
      ok: true,
      value: { ...GOOD, allowedHosts: ['*.example.com', 'example.org'] },
      origins: ['https://*.example.com/*', 'https://example.org/*'],
    });
  });

  it('asks for the issuer host too when the allowed hosts do not cover it', () => {
    const result = checkConnectionForm({ ...GOOD, issuer: 'https://login.idp.test/' });
    expect(result.ok && result.origins).toContain('https://login.idp.test/*');
  });

  it.each([
    ['issuer', 'accounts.example.com', 'is not a valid URL'],
    [
      'issuer',
      'http://accounts.example.com',
      'http: is only allowed for localhost; use https://accounts.example.com',
    ],
    ['issuer', 'javascript:alert(1)', 'javascript: URLs are not allowed'],
    ['issuer', 'https://accounts.example.com/?x=1', 'must not have a query'],
    ['clientId', 'a b', 'must not contain spaces'],
    ['allowedHosts', 'https://example.com/', 'host name only'],
    ['allowedHosts', '*.com', 'whole top-level domain'],
    ['allowedHosts', '', 'Add at least one host'],
    ['directoryUrl', 'https://evil.test/dir', 'evil.test is not one of the allowed hosts'],
    ['appUrl', 'data:text/html,hi', 'data: URLs are not allowed'],
    ['loginUrl', '', 'Default login URL is required.'],
  ] as const)('names what is wrong with %s %j', (field, value, message) => {
    const result = checkConnectionForm({ ...GOOD, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toContain(message);
  });

  it("names the field that is missing, and the fix for spaces, in the page's words", () => {
    const checked = checkConnectionForm({ ...GOOD, issuer: '', clientId: 'a b' }, translate);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.issuer).toBe(`${translate('optionsIssuerLabel')} is required.`);
    expect(checked.errors.clientId).toBe(translate('optionsClientIdSpaces'));
  });

  it.each([
    ['allowedHosts', 'https://example.com/', 'optionsHostNotBare'],
    ['allowedHosts', 'a.*.example.com', 'optionsHostStarPlace'],
    ['allowedHosts', 'bad_host.example', 'optionsHostInvalid'],
    ['allowedHosts', '*.com', 'optionsHostWholeTld'],
    ['allowedHosts', '', 'optionsHostsEmpty'],
    ['issuer', 'accounts.example.com', 'optionsIssuerNotUrl'],
    ['issuer', 'http://accounts.example.com', 'optionsIssuerHttp'],
    ['issuer', 'ftp://accounts.example.com', 'optionsIssuerScheme'],
    ['issuer', 'https://me:pw@accounts.example.com', 'optionsIssuerCredentials'],
    ['issuer', 'https://accounts.example.com/#x', 'optionsIssuerQuery'],
  ] as const)('words the %s rule for %j from _locales (%s)', (field, value, key) => {
    const keysOnly: Translate = (name, subs) => `${name}(${String(subs ?? '')})`;
    const result = checkConnectionForm({ ...GOOD, [field]: value }, keysOnly);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toMatch(new RegExp(`^${key}\\(`));
  });

  it('leaves the directory empty for a manual-only connection', () => {
    expect(checkConnectionForm({ ...GOOD, directoryUrl: '' }).ok).toBe(true);
  });

  it.each(['*.outreach.localhost', 'app.example.com', 'xn--bcher-kva.example'])('allows host %s', (host) => {
    expect(allowedHostProblem(host)).toBeNull();
  });
});

describe('resolveConnection', () => {
  const build = sandboxProfile(9000);
  it("follows the build's own profile until something is chosen", () => {
    expect(resolveConnection(null, build)).toBe(build);
    expect(resolveConnection({ profile: 'sandbox', custom: null }, build)).toBe(build);
  });

  it('gives a built-in or custom profile when chosen', () => {
    expect(resolveConnection({ profile: 'outreach', custom: null }, build)).toBe(OUTREACH_PROFILE);
    const checked = checkConnectionForm({ ...GOOD, directoryUrl: '' });
    if (!checked.ok) throw new Error('expected ok');
    expect(resolveConnection({ profile: 'custom', custom: checked.value }, build)).toMatchObject({
      id: 'custom',
      issuer: GOOD.issuer,
      defaultSource: 'manual',
    });
  });
});

describe('connection form words (issue 16)', () => {
  const good = {
    issuer: 'https://login.acme.example',
    clientId: 'cis',
    directoryUrl: '',
    allowedHosts: '*.acme.example',
    appUrl: 'https://app.acme.example/',
    loginUrl: 'https://app.acme.example/login',
  };

  it('a 5,000-character client id names the field, its length and the limit', () => {
    const checked = checkConnectionForm({ ...good, clientId: 'x'.repeat(5000) }, translate);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.clientId).toMatch(/is 5000 characters long; the limit is 200\. Shorten it\.$/);
  });

  it('reports a bad URL even while the allowed hosts are wrong', () => {
    const checked = checkConnectionForm(
      { ...good, allowedHosts: 'https://bad/', appUrl: 'javascript:alert(1)' },
      translate,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.allowedHosts).toBeDefined();
      expect(checked.errors.appUrl).toContain('not allowed');
    }
  });
});

describe('host permissions and the Advanced section', () => {
  const custom = (hosts: string[]) => ({
    profile: 'custom',
    custom: {
      issuer: 'https://login.acme.example',
      clientId: 'cis',
      directoryUrl: '',
      allowedHosts: hosts,
      appUrl: 'https://app.acme.example/',
      loginUrl: 'https://app.acme.example/login',
    },
  });

  it('gives back the old custom hosts when the connection changes', () => {
    expect(originsToRemove(custom(['*.acme.example']), { profile: 'outreach', custom: null })).toEqual([
      'https://*.acme.example/*',
    ]);
    expect(originsToRemove(custom(['*.acme.example', 'old.example']), custom(['*.acme.example']))).toEqual([
      'https://old.example/*',
    ]);
    expect(originsToRemove({ profile: 'sandbox', custom: null }, custom(['*.acme.example']))).toEqual([]);
  });

  it.each([
    ['outreach', '', false],
    ['outreach', '#connection', true],
    ['sandbox', '', true],
    ['custom', '', true],
  ])('Advanced for the %s profile with hash %j starts open: %s', (profile, hash, open) => {
    expect(isAdvancedOpenAtStart(profile, hash)).toBe(open);
  });
});
