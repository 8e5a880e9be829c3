import { describe, expect, it, vi } from 'vitest';
import * as email from '../../../lib/alias/email';
import { checkInstanceLogin, parseRootEmail } from '../../../lib/alias';

// Every caller of resolveRoot outside email.ts sees this spy (email.ts's own calls are not counted).
vi.mock('../../../lib/alias/email', async (original) => {
  const actual = await original<typeof import('../../../lib/alias/email')>();
  return { ...actual, resolveRoot: vi.fn(actual.resolveRoot) };
});
const resolveRoot = vi.mocked(email.resolveRoot);

describe('checkInstanceLogin parses each root once', () => {
  it('a parsed root, checked against many logins, is parsed once', () => {
    const parsed = parseRootEmail('jane.doe@acme.test');
    if (!parsed.ok) throw new Error('expected a root');
    resolveRoot.mockClear();
    for (let n = 0; n < 50; n += 1) {
      expect(checkInstanceLogin(parsed.email, `jane.doe+t${n}@acme.test`)).toEqual({
        ok: true,
        tag: `t${n}`,
      });
    }
    expect(checkInstanceLogin(parsed.email, 'jane.doe-x@acme.test')).toMatchObject({
      reason: 'wrong-separator',
    });
    expect(resolveRoot).toHaveBeenCalledTimes(1);
  });

  it('a root as text, too', () => {
    resolveRoot.mockClear();
    for (let n = 0; n < 20; n += 1) checkInstanceLogin('Max@Example.test', `Max+t${n}@example.test`);
    expect(checkInstanceLogin('Max@Example.test', 'max+z@example.test')).toEqual({ ok: true, tag: 'z' });
    expect(resolveRoot).toHaveBeenCalledTimes(1);
  });

  it('keeps the answers: a root object changed since is parsed again, a bad root refused every time', () => {
    const root = { local: 'jane', domain: 'acme.test', address: 'jane@acme.test' };
    expect(checkInstanceLogin(root, 'jane+a@acme.test')).toEqual({ ok: true, tag: 'a' });
    root.local = 'max';
    expect(checkInstanceLogin(root, 'jane+a@acme.test')).toMatchObject({
      ok: false,
      reason: 'different-prefix',
    });
    expect(checkInstanceLogin(root, 'max+a@acme.test')).toEqual({ ok: true, tag: 'a' });
    for (let n = 0; n < 2; n += 1) {
      expect(checkInstanceLogin('jane+x@acme.test', 'jane+a@acme.test')).toMatchObject({
        ok: false,
        reason: 'root-has-plus',
      });
    }
    const hostile = new Proxy({} as typeof root, {
      get: () => {
        throw new Error('no');
      },
    });
    expect(checkInstanceLogin(hostile, 'jane+a@acme.test')).toMatchObject({ ok: false });
  });
});
