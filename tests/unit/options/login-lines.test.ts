import { describe, expect, it } from 'vitest';
import { createLoginChecker, loginCheckView, splitLines } from '../../../lib/options/login-check-view';
import { BOX_MAX_LINES, moveToList, setLine } from '../../../lib/options/login-box';
import { changedLines } from '../../../lib/options/login-lines';

const ROOT = 'jane.doe@acme.test';
const many = (count: number) => Array.from({ length: count }, (_, at) => `jane.doe+t${at}@acme.test`);
const all = { rows: Infinity, orgs: Infinity };

describe('the incremental login checker', () => {
  it('re-checks only the line an edit changed, and its counts match a check from scratch', () => {
    const checker = createLoginChecker();
    const lines = many(10_000);
    checker.update(ROOT, lines);
    checker.run();
    expect(checker.lines.takeCheckCount()).toBe(10_000);
    const edited = lines.slice();
    edited[4_999] = 'jane.doe-t4999@acme.test';
    checker.update(ROOT, edited);
    const view = checker.run(Infinity, all);
    expect(checker.lines.takeCheckCount()).toBe(1);
    const fresh = loginCheckView(ROOT, edited.join('\n'));
    expect(view).toEqual(fresh);
    expect(view).toMatchObject({ okCount: 9_999, problemCount: 1 });
  });

  it('keeps duplicates right when the first of two equal lines goes, and when it comes back', () => {
    const checker = createLoginChecker();
    const lines = ['jane.doe+a@acme.test', 'jane.doe+b@acme.test', 'JANE.DOE+a@acme.test'];
    checker.update(ROOT, lines);
    expect(checker.run(Infinity, all)).toMatchObject({ okCount: 2, problemCount: 1 });
    checker.update(ROOT, lines.slice(1));
    const after = checker.run(Infinity, all);
    expect(after).toMatchObject({ okCount: 2, problemCount: 0 });
    expect(after.rows.map((row) => row.isDuplicate)).toEqual([false, false]);
    checker.lines.takeCheckCount();
    checker.update(ROOT, lines);
    expect(checker.run(Infinity, all)).toEqual(loginCheckView(ROOT, lines.join('\n')));
    // Typed back: known from the cache, not checked again.
    expect(checker.lines.takeCheckCount()).toBe(0);
  });

  it('checks a large paste a slice at a time, with the counts so far', () => {
    const checker = createLoginChecker();
    checker.update(ROOT, many(100));
    let now = 0;
    const view = checker.run(10, all, () => (now += 1));
    expect(view.pending).toBeGreaterThan(0);
    expect(view.checkedCount + view.pending).toBe(100);
    expect(checker.run(Infinity, all)).toMatchObject({ pending: 0, okCount: 100 });
  });

  it('checks every line again when the root email changes', () => {
    const checker = createLoginChecker();
    checker.update(ROOT, many(3));
    checker.run();
    checker.lines.takeCheckCount();
    checker.update('jane.doe@acme.com', many(3));
    expect(checker.run(Infinity, all)).toMatchObject({ okCount: 0, problemCount: 3 });
    expect(checker.lines.takeCheckCount()).toBe(3);
  });

  it('holds only the rows and orgs asked for, the production login always among the orgs', () => {
    const lines = [...many(200), ROOT];
    const checker = createLoginChecker();
    checker.update(ROOT, lines);
    const view = checker.run(Infinity, { rows: 100, orgs: 50 });
    expect(view.rows).toHaveLength(100);
    expect(view.orgs).toHaveLength(50);
    expect(view.orgs[0]).toMatchObject({ line: 201, tag: '' });
    expect(view).toMatchObject({ checkedCount: 201, okCount: 201, hasRootLogin: true });
  });
});

describe('changedLines', () => {
  it('finds the one region a keystroke or a paste changed', () => {
    expect(changedLines(['a', 'b', 'c'], ['a', 'bx', 'c'])).toEqual({
      start: 1,
      removeCount: 1,
      added: ['bx'],
    });
    expect(changedLines(['a', 'c'], ['a', 'b1', 'b2', 'c'])).toEqual({
      start: 1,
      removeCount: 0,
      added: ['b1', 'b2'],
    });
    expect(changedLines(['a', 'a'], ['a'])).toEqual({ start: 1, removeCount: 1, added: [] });
  });
});

describe('the login box', () => {
  it('moves a paste past the limit into the list and keeps a short one in the box', () => {
    const short = many(3).join('\n');
    expect(moveToList({ listed: [], text: '', moved: 0 }, short)).toEqual({
      listed: [],
      text: short,
      moved: 0,
    });
    const big = `${many(BOX_MAX_LINES + 1).join('\n')}\n`;
    const moved = moveToList({ listed: [], text: '', moved: 0 }, big);
    expect(moved).toMatchObject({ text: '', moved: BOX_MAX_LINES + 1 });
    expect(moved.listed).toEqual(many(BOX_MAX_LINES + 1));
  });

  it('edits a listed line or a line of the box in place, numbered listed lines first', () => {
    const box = { listed: ['a', 'b'], text: 'c\nd', moved: 2 };
    expect(setLine(box, 2, 'B')).toEqual({ listed: ['a', 'B'], text: 'c\nd', moved: 2 });
    expect(setLine(box, 4, 'D')).toEqual({ listed: ['a', 'b'], text: 'c\nD', moved: 2 });
    expect(splitLines('x\r\ny\rz')).toEqual(['x', 'y', 'z']);
  });
});
