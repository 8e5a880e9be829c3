import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInstanceUrl, hostMatches } from '../../../lib/connection/instance-url';

const SANDBOX = ['*.outreach.localhost'];
const OUTREACH = ['*.outreach.io'];

describe('checkInstanceUrl', () => {
  it.each([
    ['https on an allowed subdomain', 'https://web.outreach.io/', OUTREACH, 'https://web.outreach.io/'],
    [
      'http on a *.localhost host with a port',
      'http://app.outreach.localhost:8790/login',
      SANDBOX,
      'http://app.outreach.localhost:8790/login',
    ],
    [
      'an upper-case host, normalised',
      'HTTPS://WEB.Outreach.IO/Path',
      OUTREACH,
      'https://web.outreach.io/Path',
    ],
    ['an exact host', 'https://accounts.outreach.io/users/sign_in', ['accounts.outreach.io'], null],
    ['an IDN host, compared as punycode', 'https://bücher.example.com/', ['*.example.com'], null],
    [
      'an IDN pattern',
      'https://xn--bcher-kva.example/',
      ['bücher.example'],
      'https://xn--bcher-kva.example/',
    ],
  ])('accepts %s', (_label, url, allowed, expected) => {
    const result = checkInstanceUrl(url, allowed);
    expect(result.ok).toBe(true);
    if (result.ok && expected !== null) expect(result.url).toBe(expected);
  });

  it('normalises an IDN host to punycode', () => {
    expect(checkInstanceUrl('https://bücher.example.com/', ['*.example.com'])).toEqual({
      ok: true,
      url: 'https://xn--bcher-kva.example.com/',
    });
  });

  it.each([
    ['http on a real host', 'http://app.outreach.io/', OUTREACH, 'bad-scheme'],
    ['javascript:', 'javascript:alert(1)', OUTREACH, 'bad-scheme'],
    ['data:', 'data:text/html,x', OUTREACH, 'bad-scheme'],
    ['file:', 'file:///etc/passwd', OUTREACH, 'bad-scheme'],
    ['ftp:', 'ftp://web.outreach.io/', OUTREACH, 'bad-scheme'],
    ['a foreign host', 'https://evil.example/', OUTREACH, 'foreign-host'],
    ['the allowed name as a prefix', 'https://outreach.io.evil.com/', OUTREACH, 'foreign-host'],
    ['a look-alike name', 'https://evilouteach.io', OUTREACH, 'foreign-host'],
    ['a name glued to the base', 'https://eviloutreach.io/', OUTREACH, 'foreign-host'],
    ['the wildcard base itself', 'https://outreach.io/', OUTREACH, 'foreign-host'],
    ['a trailing-dot host', 'https://web.outreach.io./', OUTREACH, 'foreign-host'],
    ['http on localhost outside the allowed hosts', 'http://localhost:3000/', SANDBOX, 'foreign-host'],
    ['no allowed hosts at all', 'https://web.outreach.io/', [], 'foreign-host'],
    ['a user name', 'https://jane@web.outreach.io/', OUTREACH, 'credentials-in-url'],
    ['a user name and password', 'https://jane:pw@web.outreach.io/', OUTREACH, 'credentials-in-url'],
    ['userinfo hiding the real host', 'https://web.outreach.io@evil.com/', OUTREACH, 'credentials-in-url'],
    ['an empty string', '', OUTREACH, 'invalid-url'],
    ['a relative path', '/login', OUTREACH, 'invalid-url'],
    ['plain words', 'not a url', OUTREACH, 'invalid-url'],
  ])('refuses %s', (_label, url, allowed, reason) => {
    const result = checkInstanceUrl(url, allowed);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('names the scheme in plain words', () => {
    const result = checkInstanceUrl('javascript:alert(1)', OUTREACH);
    expect(!result.ok && result.message).toMatch(/^javascript: URLs are not allowed/);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (url, hosts) => {
        const result = checkInstanceUrl(url, hosts);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('accepts exactly the safe schemes on an allowed host', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https', 'ftp'] }), (url) => {
        const parsed = new URL(url);
        const result = checkInstanceUrl(url, [parsed.hostname]);
        const isLocal = parsed.hostname === 'localhost' || parsed.hostname.endsWith('.localhost');
        const isSafeScheme = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLocal);
        const hasUserInfo = parsed.username !== '' || parsed.password !== '';
        expect(result.ok).toBe(isSafeScheme && !hasUserInfo && !parsed.hostname.startsWith('['));
      }),
    );
  });
});

describe('hostMatches', () => {
  it.each([
    ['web.outreach.io', '*.outreach.io', true],
    ['a.b.outreach.io', '*.outreach.io', true],
    ['WEB.OUTREACH.IO', '*.Outreach.io', true],
    ['outreach.io', '*.outreach.io', false],
    ['eviloutreach.io', '*.outreach.io', false],
    ['outreach.io.evil.com', '*.outreach.io', false],
    ['outreach.io', 'outreach.io', true],
    ['web.outreach.io', 'outreach.io', false],
    ['anything.com', '*', false],
    ['anything.com', '*.', false],
    ['web.outreach.io', '', false],
  ])('%s vs %s → %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});
