import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { sandboxProfile } from '../../../lib/connection/profiles';
import { MAX_IMPORT_BYTES, importSizeProblem, readImport } from '../../../lib/options/import-check';
import { issueWords } from '../../../lib/options/issue-words';
import { loginCheckView } from '../../../lib/options/login-check-view';
import { tagInputProblem } from '../../../lib/options/typed-words';
import { visible } from '../../../lib/options/visible-text';
import { translate } from './messages';

const options = { profile: sandboxProfile(8790), now: 1 };
const org = (tag: string) => ({ name: `Org ${tag}`, tag, environment: 'staging' });
const read = (value: unknown) => readImport(JSON.stringify(value), options, translate);
const problems = (value: unknown) => {
  const result = read(value);
  return result.ok ? [] : result.problems;
};

/** A raw zod dump or zod's own "Invalid input" must never reach a person. */
function expectWords(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message).not.toMatch(/Invalid input|"code"|too_big|invalid_type|expected \w+, received/);
    expect(message).toMatch(/[.!]$/);
  }
}

describe('import problems are sentences naming the field, the limit and the fix', () => {
  it.each([
    ['null', null, 'not an instance list'],
    ['a list', [], 'not an instance list'],
    ['a number', 42, 'not an instance list'],
    ['version 2', { version: 2, rootEmail: 'jane.doe@acme.test', instances: [org('')] }, '“version” to 1'],
    [
      'no instances',
      { version: 1, rootEmail: 'jane.doe@acme.test', instances: [] },
      'is empty. Add at least 1',
    ],
    [
      'instances of the wrong type',
      { version: 1, rootEmail: 'jane.doe@acme.test', instances: 'x' },
      'must be a list',
    ],
    [
      'a name of the wrong type',
      { version: 1, rootEmail: 'jane.doe@acme.test', instances: [{ ...org(''), name: 7 }] },
      'Org 1’s “name” must be text',
    ],
    [
      'deep nesting',
      { version: 1, rootEmail: { a: { b: { c: [[[]]] } } }, instances: [org('')] },
      '“rootEmail” must be text',
    ],
    [
      'a bad environment',
      { version: 1, rootEmail: 'jane.doe@acme.test', instances: [{ ...org(''), environment: 'prod' }] },
      'use one of production',
    ],
  ])('%s', (_name, value, words) => {
    const found = problems(value);
    expectWords(found);
    expect(found.join(' ')).toContain(words);
  });

  it('1,001 orgs: states the limit of 1,000', () => {
    const instances = Array.from({ length: 1001 }, (_, at) => org(at === 0 ? '' : `t${at}`));
    const found = problems({ version: 1, rootEmail: 'jane.doe@acme.test', instances });
    expectWords(found);
    expect(found[0]).toContain('has 1001 entries; the limit is 1000');
  });

  it('not JSON', () => {
    const result = readImport('{ nope', options, translate);
    expect(result.ok).toBe(false);
    if (!result.ok) expectWords(result.problems);
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES, translate)).toBeNull();
    const message = importSizeProblem(20_000_000, translate)!;
    expect(message).toContain('The file is 20 MB; the largest instance list this page reads is 1 MB');
  });

  it('a good list builds its group', () => {
    const result = read({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: [org(''), org('staging')],
    });
    expect(result.ok && result.group.instances.map((item) => item.loginEmail)).toEqual([
      'jane.doe@acme.test',
      'jane.doe+staging@acme.test',
    ]);
  });
});

describe('issueWords', () => {
  it('a 5,000-character client id names the field, its length and the limit', () => {
    const schema = z.object({ clientId: z.string().max(200) });
    const input = { clientId: 'x'.repeat(5000) };
    const issue = schema.safeParse(input).error!.issues[0]!;
    expect(issueWords(issue, 'Client id', input, translate)).toBe(
      'Client id is 5000 characters long; the limit is 200. Shorten it.',
    );
  });
});

describe('hidden and look-alike characters', () => {
  it('are shown as markers', () => {
    expect(visible('sta\u200bging')).toBe('sta⟨U+200B⟩ging');
    expect(visible('abc\u202edef')).toBe('abc⟨U+202E⟩def');
    expect(visible('stаging', { asciiOnly: true })).toBe('st⟨U+0430⟩ging');
  });

  it.each([
    ['sta\u200bging', '⟨U+200B⟩'],
    ['staging\u200b', '⟨U+200B⟩'],
    ['stаging', '⟨U+0430⟩'],
    ['\u202estaging', '⟨U+202E⟩'],
  ])('a tag %j is refused with the marker in the message', (tag, marker) => {
    expect(tagInputProblem(tag, translate)).toContain(marker);
  });

  it.each([
    ['+staging', "Type the tag without '+': “staging”"],
    [
      'jane.doe+staging@acme.com',
      'Type only the tag, not the whole login: for jane.doe+staging@acme.com, the tag is “staging”.',
    ],
  ])('a tag typed as %j gets one clear message', (tag, message) => {
    expect(tagInputProblem(tag, translate)).toContain(message);
  });

  it('the login checker refuses a login with a zero-width character, trailing ones included', () => {
    const view = loginCheckView(
      'jane.doe@acme.test',
      'jane.doe+sta\u200bging@acme.test\njane.doe+qa@acme.test\u200b',
      translate,
    );
    expect(view.rows.map((row) => row.ok)).toEqual([false, false]);
    expect(view.rows[0]!.login).toBe('jane.doe+sta⟨U+200B⟩ging@acme.test');
    expect(view.rows[0]!.message).toContain('hidden character ⟨U+200B⟩ at position 13');
    expect(view.rows[1]!.message).toContain('⟨U+200B⟩');
  });
});
