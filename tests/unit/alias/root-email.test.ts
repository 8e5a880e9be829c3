import { describe, expect, it } from 'vitest';
import { domainToUnicode, instanceLogin, isValidTag, parseRootEmail } from '../../../lib/alias';
import type { AliasReason } from '../../../lib/alias';

describe('parseRootEmail', () => {
  it('trims, lower-cases and punycodes the domain, keeps the local spelling', () => {
    expect(parseRootEmail('  Jane.Doe@OutReach.IO ')).toEqual({
      ok: true,
      email: { local: 'Jane.Doe', domain: 'outreach.io', address: 'Jane.Doe@outreach.io' },
    });
    expect(parseRootEmail('jane@Bücher.example')).toEqual({
      ok: true,
      email: { local: 'jane', domain: 'xn--bcher-kva.example', address: 'jane@xn--bcher-kva.example' },
    });
  });

  it.each<[string, AliasReason]>([
    ['jane.doe+staging@outreach.io', 'root-has-plus'],
    ['jane@аcme.com', 'lookalike-domain'],
    [`${'a'.repeat(65)}@outreach.io`, 'too-long'],
    ['', 'invalid-email'],
    ['jane doe@outreach.io', 'invalid-email'],
    ['.jane@outreach.io', 'invalid-email'],
    ['jane..doe@outreach.io', 'invalid-email'],
    ['jané@outreach.io', 'invalid-email'],
    ['jane@[127.0.0.1]', 'invalid-email'],
    ['jane@exa_mple.com', 'invalid-email'],
    ['jane@-example.com', 'invalid-email'],
  ])('%j → %s', (input, reason) => {
    expect(parseRootEmail(input)).toMatchObject({ ok: false, reason, details: { subject: 'root' } });
  });

  it('suggests the plain root for a root with a tag', () => {
    const result = parseRootEmail('jane.doe+staging@outreach.io');
    expect(result).toMatchObject({ details: { suggestion: 'jane.doe@outreach.io' } });
    if (!result.ok) expect(result.message).toContain("contains '+'");
  });
});

describe('instanceLogin', () => {
  it.each([
    ['', 'jane.doe@outreach.io'],
    ['a4test', 'jane.doe+a4test@outreach.io'],
    ['staging2', 'jane.doe+staging2@outreach.io'],
    [' qa ', 'jane.doe+qa@outreach.io'],
  ])('builds the login for tag %j', (tag, login) => {
    expect(instanceLogin('jane.doe@outreach.io', tag)).toBe(login);
  });

  it('uses the punycode domain', () => {
    expect(instanceLogin('jane@bücher.example', 'x')).toBe('jane+x@xn--bcher-kva.example');
  });

  it.each(['-x', 'x-', 'a+b', 'sta ging', 'é', 'x'.repeat(60)])('returns null for tag %j', (tag) => {
    expect(instanceLogin('jane.doe@outreach.io', tag)).toBeNull();
  });

  it('returns null for an invalid root', () => {
    expect(instanceLogin('jane.doe+x@outreach.io', 'staging')).toBeNull();
  });
});

describe('isValidTag and domainToUnicode', () => {
  it.each([
    ['staging', true],
    ['a4test', true],
    ['eu-west_1', true],
    ['a', true],
    ['_a', false],
    ['a-', false],
    ['', false],
    ['a.b', false],
  ])('isValidTag(%j) is %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });

  it.each([
    ['xn--bcher-kva.example', 'bücher.example'],
    ['xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['xn--r8jz45g.jp', '例え.jp'],
    ['outreach.io', 'outreach.io'],
  ])('decodes %s to %s', (ascii, unicode) => {
    expect(domainToUnicode(ascii)).toBe(unicode);
  });

  it('returns null for broken punycode', () => {
    expect(domainToUnicode('xn--zz.com')).toBeNull();
  });
});
