import { describe, expect, it } from 'vitest';
import { listChange, sayListChange } from '../../../lib/popup/list-change';

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
