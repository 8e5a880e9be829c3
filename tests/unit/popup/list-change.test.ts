import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeOf, listChange, sayListChange, seenAgainst } from '../../../lib/popup/list-change';
import type { SeenOrgs } from '../../../lib/popup/list-change';
import { packOrgs } from '../../../lib/popup/packed-orgs';

const WORDS: Record<string, string> = {
  listChangeAdded: '$ orgs added',
  listChangeAddedOne: '1 org added',
  listChangeGone: '$ orgs gone',
  listChangeGoneOne: '1 org gone',
  listChangeGoneAfter: '$ gone',
};
const say = (key: string, count: number) => WORDS[key]!.replace('$', String(count));

describe('listChange', () => {
  it.each([
    ['first time', null, ['a'], null],
    ['same orgs, other order', ['a', 'b'], ['b', 'a'], null],
    ['two added, one gone', ['a', 'b'], ['a', 'c', 'd'], { added: 2, gone: 1 }],
    ['one gone', ['a', 'b'], ['a'], { added: 0, gone: 1 }],
  ])('%s', (_name, seen, current, expected) => {
    expect(listChange(seen, current)).toEqual(expected);
  });
});

describe('sayListChange', () => {
  it.each([
    [{ added: 2, gone: 1 }, '2 orgs added, 1 gone'],
    [{ added: 1, gone: 0 }, '1 org added'],
    [{ added: 0, gone: 1 }, '1 org gone'],
    [{ added: 0, gone: 3 }, '3 orgs gone'],
    [{ added: 1, gone: 2 }, '1 org added, 2 gone'],
  ])('%o says %s', (change, words) => {
    expect(sayListChange(change, say)).toBe(words);
  });
});

describe('seenAgainst', () => {
  const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 6 });
  const packed = (list: string[]) =>
    packOrgs(
      list.map((orgId) => ({
        orgId,
        name: orgId,
        loginEmail: `${orgId}@x.test`,
        tag: '',
        environment: 'test',
        isPrimary: false,
      })),
    );

  it('says what listChange says of the ids seen at open, for each list shown after (property)', () => {
    fc.assert(
      fc.property(ids, fc.array(ids, { minLength: 1, maxLength: 4 }), (seen, lists) => {
        let kept: string[] | SeenOrgs = seen;
        for (const list of lists) {
          kept = seenAgainst(kept, packed(list));
          expect(changeOf(kept)).toEqual(listChange(seen, list));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps no id string of the orgs it saw and still has', () => {
    const kept = seenAgainst(['a', 'b', 'gone'], packed(['b', 'a', 'new']));
    expect(kept.missing).toEqual(['gone']);
    expect([...kept.wasSeen]).toEqual([1, 1, 0]);
    expect(changeOf(kept)).toEqual({ added: 1, gone: 1 });
    expect(seenAgainst(kept, kept.orgs)).toBe(kept);
  });
});
