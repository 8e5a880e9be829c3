import { describe, expect, it } from 'vitest';
import { loginCheckView } from '../../../lib/options/login-check-view';

const ARTICLE = [
  'jane.doe@acme.test',
  'jane.doe+a4test@acme.test',
  'jane.doe+staging@acme.test',
  'jane.doe+staging2@acme.test',
];

describe('loginCheckView', () => {
  it("gives the help article's four logins an ok with their tags, and two bad lines their reasons", () => {
    const view = loginCheckView(
      'jane.doe@acme.test',
      [...ARTICLE, 'jane.doe-staging@acme.test', 'jane.doe+qa@acme.com'].join('\n'),
    );
    expect(view.rows.map((row) => [row.ok, row.tag])).toEqual([
      [true, ''],
      [true, 'a4test'],
      [true, 'staging'],
      [true, 'staging2'],
      [false, ''],
      [false, ''],
    ]);
    expect(view.okCount).toBe(4);
    expect(view.problemCount).toBe(2);
    expect(view.hasRootLogin).toBe(true);
    expect(view.rows[4]!.message).toContain("uses '-' to separate the tag; use '+'");
    expect(view.rows[5]!.message).toContain("must use the root email's domain, acme.test");
  });

  it('flags a repeated login as a duplicate of the first line, counting blank lines', () => {
    const view = loginCheckView(
      'jane.doe@acme.test',
      'jane.doe+staging@acme.test\n\nJANE.DOE+staging@acme.test',
    );
    expect(view.rows).toHaveLength(2);
    expect(view.rows[1]).toMatchObject({ line: 3, ok: false, isDuplicate: true });
    expect(view.rows[1]!.message).toContain('repeats the login on line 1');
  });

  it('reports a bad root once, for the root field, and checks no line', () => {
    const view = loginCheckView('jane.doe+x@acme.test', ARTICLE.join('\n'));
    expect(view.rootError).toContain("contains '+'");
    expect(view.rows).toEqual([]);
  });

  it.each(['', '   '])('shows nothing while the root email is empty (%j)', (root) => {
    expect(loginCheckView(root, ARTICLE.join('\n'))).toMatchObject({ rootError: null, rows: [], okCount: 0 });
  });

  it('knows when the production (root) login is missing', () => {
    expect(loginCheckView('jane.doe@acme.test', 'jane.doe+staging@acme.test').hasRootLogin).toBe(false);
  });
});
