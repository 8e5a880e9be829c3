import { describe, expect, it } from 'vitest';
import { aliasMessage, checkInstanceLogin } from '../../../lib/alias';
import type { AliasReason } from '../../../lib/alias';

const ROOT = 'jane.doe@outreach.io';

describe('checkInstanceLogin: the help article logins', () => {
  it.each([
    ['jane.doe@outreach.io', ''],
    ['jane.doe+a4test@outreach.io', 'a4test'],
    ['jane.doe+staging@outreach.io', 'staging'],
    ['jane.doe+staging2@outreach.io', 'staging2'],
    ['JANE.DOE+Staging@OUTREACH.IO', 'Staging'],
    ['  jane.doe+staging@outreach.io\t', 'staging'],
    ['jane.doe+eu-west_1@outreach.io', 'eu-west_1'],
  ])('accepts %j with tag %j', (login, tag) => {
    expect(checkInstanceLogin(ROOT, login)).toEqual({ ok: true, tag });
  });

  it('accepts an IDN domain typed in Unicode or punycode', () => {
    expect(checkInstanceLogin('jane@bücher.example', 'jane+x@xn--bcher-kva.example')).toEqual({
      ok: true,
      tag: 'x',
    });
    expect(checkInstanceLogin('jane@xn--bcher-kva.example', 'jane+x@BÜCHER.example')).toEqual({
      ok: true,
      tag: 'x',
    });
  });

  it('accepts a parsed root as well as a string', () => {
    const root = { local: 'Jane.Doe', domain: 'outreach.io', address: 'Jane.Doe@outreach.io' };
    expect(checkInstanceLogin(root, 'jane.doe+qa@outreach.io')).toEqual({ ok: true, tag: 'qa' });
  });
});

describe('checkInstanceLogin: near misses', () => {
  it.each<[string, AliasReason, string]>([
    ['jane.doe-staging@outreach.io', 'wrong-separator', "uses '-' to separate the tag; use '+'"],
    ['jane.doe_staging@outreach.io', 'wrong-separator', "uses '_' to separate the tag; use '+'"],
    ['jane.doe.staging@outreach.io', 'wrong-separator', "uses '.' to separate the tag; use '+'"],
    ['jane.doe staging@outreach.io', 'wrong-separator', "uses a space to separate the tag; use '+'"],
    ['jane.doe~staging@outreach.io', 'wrong-separator', "uses '~' to separate the tag; use '+'"],
    ['jane.doe=staging@outreach.io', 'wrong-separator', "uses '=' to separate the tag; use '+'"],
    ['jane.doe#staging@outreach.io', 'wrong-separator', "uses '#' to separate the tag; use '+'"],
    ['jane.doe,staging@outreach.io', 'wrong-separator', "uses ',' to separate the tag; use '+'"],
    ['jane.doe\tstaging@outreach.io', 'wrong-separator', "uses a tab to separate the tag; use '+'"],
    ['jane.doe\u00a0staging@outreach.io', 'wrong-separator', 'uses the character U+00A0 to separate'],
    ['jane.doe-a+b@outreach.io', 'wrong-separator', "uses '-' to separate the tag; use '+'"],
    ['jane.doe~@outreach.io', 'wrong-separator', "uses '~' to separate the tag; use '+'"],
    ['jane.doe+staging@acme.com', 'different-domain', "must use the root email's domain, outreach.io"],
    ['john.roe+staging@outreach.io', 'different-prefix', 'does not start with jane.doe'],
    ['jane.doe2+staging@outreach.io', 'different-prefix', 'does not start with jane.doe'],
    ['jane.doe++staging@outreach.io', 'multiple-plus', "more than one '+'"],
    ['jane.doe+a+b@outreach.io', 'multiple-plus', "more than one '+'"],
    ['jane.doe+@outreach.io', 'empty-tag', "nothing after '+'"],
    ['jane.doe+sta!ging@outreach.io', 'invalid-tag', "The tag 'sta!ging'"],
    ['jane.doe+-staging@outreach.io', 'invalid-tag', "The tag '-staging'"],
    ['jane.doe+staging_@outreach.io', 'invalid-tag', "The tag 'staging_'"],
    ['jane.doe+x@оutreach.io', 'lookalike-domain', 'mixes letters from different alphabets'],
    ['jane.doe+x@xn--utreach-8ig.io', 'lookalike-domain', 'оutreach.io'],
    [`${'j'.repeat(65)}@outreach.io`, 'too-long', 'the limit is 64'],
    [`jane.doe+x@${'a'.repeat(64)}.io`, 'too-long', 'the limit is 63'],
    [`jane.doe+x@${'abcdefghi.'.repeat(26)}io`, 'too-long', 'the limit is 253'],
    [`jane.doe+abcdefghijklmnopqrstuvwxyz@${'abcdefghi.'.repeat(24)}io`, 'too-long', 'the limit is 254'],
    ['', 'invalid-email', 'is empty'],
    ['jane.doe', 'invalid-email', 'not a valid email address'],
    ['@outreach.io', 'invalid-email', 'not a valid email address'],
    ['jane.doe@', 'invalid-email', 'not a valid email address'],
    ['jane.doe@staging@outreach.io', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@outreach', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@outreach..io', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@10.0.0.1', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@outreach.io:443', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@outreach.io/path', 'invalid-email', 'not a valid email address'],
    ['jane.doe+x@out reach.io', 'invalid-email', 'not a valid email address'],
    ['"jane doe"@outreach.io', 'invalid-email', 'not a valid email address'],
  ])('%j → %s', (login, reason, fragment) => {
    const result = checkInstanceLogin(ROOT, login);
    expect(result).toMatchObject({ ok: false, reason });
    if (result.ok) return;
    expect(result.message).toContain(fragment);
    expect(result.message).toBe(aliasMessage(result.reason, result.details));
  });

  it.each([
    ['jane.doe-staging@outreach.io', 'jane.doe+staging@outreach.io'],
    ['jane.doe~staging@outreach.io', 'jane.doe+staging@outreach.io'],
    ['jane.doe=staging@outreach.io', 'jane.doe+staging@outreach.io'],
    ['jane.doe staging2@outreach.io', 'jane.doe+staging2@outreach.io'],
    ['jane.doe++staging@outreach.io', 'jane.doe+staging@outreach.io'],
    ['jane.doe-qa@acme.com', 'jane.doe+qa@outreach.io'],
    ['jane.doe@acme.com', 'jane.doe@outreach.io'],
  ])('suggests the intended alias for %j', (login, suggestion) => {
    const result = checkInstanceLogin(ROOT, login);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.details.suggestion).toBe(suggestion);
    expect(result.message).toContain(`(${suggestion})`);
  });

  it('names the separator in the details', () => {
    expect(checkInstanceLogin(ROOT, 'jane.doe_x@outreach.io')).toMatchObject({ details: { separator: '_' } });
  });

  it('refuses a whole-script look-alike of the root domain', () => {
    // Cyrillic а, с, м, е: no mixing inside the label, but it reads as acme.com.
    const result = checkInstanceLogin('jane@acme.com', 'jane+x@асме.com');
    expect(result).toMatchObject({
      ok: false,
      reason: 'lookalike-domain',
      details: { lookalike: 'confusable' },
    });
  });

  it('reports an invalid root instead of checking the login', () => {
    expect(checkInstanceLogin('jane.doe+x@outreach.io', 'jane.doe+y@outreach.io')).toMatchObject({
      ok: false,
      reason: 'root-has-plus',
      details: { subject: 'root' },
    });
    expect(checkInstanceLogin('not an email', 'jane.doe@outreach.io')).toMatchObject({
      reason: 'invalid-email',
    });
  });

  it('cuts very long input in messages', () => {
    const result = checkInstanceLogin(ROOT, `${'x'.repeat(100_000)}@outreach.io`);
    expect(result).toMatchObject({ ok: false, reason: 'too-long' });
    if (!result.ok) expect(result.message.length).toBeLessThan(200);
  });
});
