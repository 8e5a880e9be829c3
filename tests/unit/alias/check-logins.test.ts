import { describe, expect, it } from 'vitest';
import { checkLogins } from '../../../lib/alias';

const ARTICLE = [
  'jane.doe@outreach.io',
  'jane.doe+a4test@outreach.io',
  'jane.doe+staging@outreach.io',
  'jane.doe+staging2@outreach.io',
];

describe('checkLogins', () => {
  it('checks the article logins and two near misses', () => {
    const result = checkLogins('jane.doe@outreach.io', [
      ...ARTICLE,
      '',
      'jane.doe-staging@outreach.io',
      'jane.doe+qa@acme.com',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.map(({ line, result: r }) => [line, r.ok ? r.tag : r.reason])).toEqual([
      [1, ''],
      [2, 'a4test'],
      [3, 'staging'],
      [4, 'staging2'],
      [6, 'wrong-separator'],
      [7, 'different-domain'],
    ]);
    expect(result.root.address).toBe('jane.doe@outreach.io');
  });

  it('flags repeated logins and tags, naming the first line', () => {
    const result = checkLogins('jane.doe@outreach.io', [
      'jane.doe+staging@outreach.io',
      'JANE.DOE+STAGING@OUTREACH.IO',
      'jane.doe-x@outreach.io',
      '  jane.doe-x@outreach.io',
      'jane.doe@outreach.io',
    ]);
    if (!result.ok) throw new Error(result.message);
    const verdicts = result.lines.map(({ result: r }) => (r.ok ? 'ok' : r.reason));
    expect(verdicts).toEqual(['ok', 'duplicate', 'wrong-separator', 'duplicate', 'ok']);
    expect(result.lines[1]?.result).toMatchObject({ details: { firstLine: 1 } });
    expect(result.lines[3]?.result).toMatchObject({ details: { firstLine: 3 } });
    expect(result.lines[1]?.result.ok === false && result.lines[1].result.message).toContain('line 1');
  });

  it('accepts one string with a login per line', () => {
    const result = checkLogins('jane.doe@outreach.io', ARTICLE.join('\r\n') + '\n\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.lines.map((line) => line.result.ok)).toEqual([true, true, true, true]);
  });

  it('refuses an invalid root once, at the top level', () => {
    expect(checkLogins('jane.doe+x@outreach.io', ARTICLE)).toMatchObject({
      ok: false,
      reason: 'root-has-plus',
    });
  });
});
