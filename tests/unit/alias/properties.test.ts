import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aliasMessage,
  checkInstanceLogin,
  checkLogins,
  domainToUnicode,
  instanceLogin,
  isValidTag,
  normalizeDomain,
  parseRootEmail,
} from '../../../lib/alias';
import type { LineReason, WrongSeparator } from '../../../lib/alias';

const RUNS = { numRuns: 10_000 };
/**
 * 10,000 runs take about 1 s on an idle core but hit vitest's 5 s default on a loaded 2-core
 * machine; a property test's budget is its run count, so the time limit only catches a hang.
 */
const PROPERTY_TIMEOUT_MS = 120_000;

/** Dot-atom local parts without `+`, in mixed case. */
const localPart = fc.stringMatching(
  /^[A-Za-z0-9!#$%&'*/=?^_`{|}~-]{1,10}(\.[A-Za-z0-9!#$%&'*/=?^_`{|}~-]{1,10}){0,2}$/,
);
const asciiLabel = fc
  .stringMatching(/^[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?$/)
  .filter((label) => !/^xn--/i.test(label));
const unicodeLabel = fc.constantFrom('bücher', 'münchen', 'пример', '例え', 'δοκιμή', 'faß', 'ÉCOLE');
const domain = fc
  .tuple(
    fc.array(fc.oneof(asciiLabel, unicodeLabel), { minLength: 1, maxLength: 3 }),
    fc.stringMatching(/^[A-Za-z]{2,6}$/),
  )
  .map(([labels, top]) => [...labels, top].join('.'));
const root = fc.tuple(localPart, domain).map(([local, host]) => `${local}@${host}`);
const tag = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9_-]{0,10}[A-Za-z0-9])?$/);
const separator = fc.constantFrom<WrongSeparator>('-', '_', '.', ' ');
/** Any single character but `+`, `@`, a letter or a digit. */
const anySeparator = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 1 })
  .filter((char) => char !== '+' && char !== '@' && !/^[\p{L}\p{N}]$/u.test(char));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('alias properties', () => {
  it(
    'round-trips: the login built for a tag checks out with that tag',
    () => {
      fc.assert(
        fc.property(root, fc.oneof(tag, fc.constant('')), (rootEmail, t) => {
          expect(parseRootEmail(rootEmail).ok).toBe(true);
          const login = instanceLogin(rootEmail, t);
          expect(login).not.toBeNull();
          expect(checkInstanceLogin(rootEmail, login ?? '')).toEqual({ ok: true, tag: t });
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reports any separator other than + as wrong-separator, naming it',
    () => {
      fc.assert(
        fc.property(localPart, domain, separator, tag, (local, host, sep, t) => {
          const result = checkInstanceLogin(`${local}@${host}`, `${local}${sep}${t}@${host}`);
          expect(result).toMatchObject({ ok: false, reason: 'wrong-separator', details: { separator: sep } });
          if (!result.ok) expect(result.message).toContain(sep === ' ' ? 'a space' : `'${sep}'`);
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'names any other character right after the name part as the separator, never a different prefix',
    () => {
      fc.assert(
        fc.property(localPart, domain, anySeparator, tag, (local, host, sep, t) => {
          const result = checkInstanceLogin(`${local}@${host}`, `${local}${sep}${t}@${host}`);
          expect(result).toMatchObject({ ok: false, reason: 'wrong-separator', details: { separator: sep } });
          if (!result.ok) expect(result.message).not.toContain('does not start with');
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'only ever accepts a valid tag, and every refusal carries its own message',
    () => {
      fc.assert(
        fc.property(root, anyString, (rootEmail, suffix) => {
          const local = rootEmail.slice(0, rootEmail.indexOf('@'));
          const result = checkInstanceLogin(rootEmail, `${local}${suffix}${rootEmail.slice(local.length)}`);
          if (result.ok) expect(result.tag === '' || isValidTag(result.tag)).toBe(true);
          else expect(result.message).toBe(aliasMessage(result.reason, result.details));
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never throws on arbitrary strings',
    () => {
      fc.assert(
        fc.property(anyString, anyString, (a, b) => {
          parseRootEmail(a);
          normalizeDomain(a);
          domainToUnicode(a);
          isValidTag(a);
          checkInstanceLogin(a, b);
          checkInstanceLogin('jane.doe@outreach.io', b);
          checkInstanceLogin('jane.doe@outreach.io', `jane.doe${b}@${a}`);
          instanceLogin(a, b);
          instanceLogin('jane.doe@outreach.io', b);
          checkLogins(a, [b, a]);
          checkLogins('jane.doe@outreach.io', `${a}\n${b}`);
          aliasMessage(a as LineReason, { input: b });
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never throws on arbitrary runtime values',
    () => {
      const call = (f: (...args: never[]) => unknown, ...args: unknown[]) => f(...(args as never[]));
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (a, b) => {
          call(parseRootEmail, a);
          call(checkInstanceLogin, a, b);
          call(checkInstanceLogin, 'jane.doe@outreach.io', b);
          call(instanceLogin, a, b);
          call(checkLogins, a, b);
          call(checkLogins, 'jane.doe@outreach.io', [a, b]);
        }),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'decodes punycode back to a domain the URL parser maps to the same ASCII',
    () => {
      fc.assert(
        fc.property(domain, (host) => {
          const normalised = normalizeDomain(host);
          if (!normalised.ok) return;
          expect(normalizeDomain(normalised.unicode)).toEqual(normalised);
        }),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives huge input',
    () => {
      const huge = `${'jane.doe+'.repeat(200_000)}@${'a.'.repeat(200_000)}io`;
      expect(checkInstanceLogin('jane.doe@outreach.io', huge)).toMatchObject({
        ok: false,
        reason: 'too-long',
      });
      expect(parseRootEmail(huge)).toMatchObject({ ok: false, reason: 'too-long' });
      expect(checkLogins('jane.doe@outreach.io', Array(10_000).fill('jane.doe+x@outreach.io'))).toMatchObject(
        {
          ok: true,
        },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
