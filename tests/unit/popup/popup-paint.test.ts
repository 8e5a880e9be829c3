import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PAINT_KEY, toPaintSnapshot } from '../../../lib/popup/snapshot';
import type { PaintRow } from '../../../lib/popup/snapshot';
import { paintWords } from './fixtures';

// assets/popup-paint.js, the classic script that paints the first screen before the module loads.
const SCRIPT = readFileSync(new URL('../../../assets/popup-paint.js', import.meta.url), 'utf8');

const rows = (count: number): PaintRow[] =>
  Array.from({ length: count }, (_, at) => ({
    id: `org-${at + 1}`,
    name: `Org ${at + 1}`,
    login: `jane.doe+org${at + 1}@acme.test`,
    badges: [
      { text: 'Staging', kind: 'staging' },
      ...(at === 1 ? [{ text: 'You are here', kind: 'here' }] : []),
    ],
    ...(at === 1 ? { isCurrent: true } : {}),
  }));

/** Runs the script in a fresh popup document whose localStorage holds `stored`. */
function paint(stored: string | null) {
  const window = new Window({ url: 'chrome-extension://abc/popup.html' });
  window.document.body.innerHTML = '<div id="app"></div>';
  if (stored !== null) window.localStorage.setItem(PAINT_KEY, stored);
  window.eval(SCRIPT);
  return window.document;
}

const snapshotOf = (list: PaintRow[], count = list.length) =>
  JSON.stringify(
    toPaintSnapshot({
      count,
      rows: list,
      activeIndex: 0,
      words: paintWords,
      source: 'directory',
      phase: 'ready',
    }),
  );

describe('the first paint (assets/popup-paint.js)', () => {
  it('paints the header, who line, filter and rows of the snapshot, focused, as text', () => {
    const doc = paint(snapshotOf(rows(3)));
    const options = [...doc.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.querySelector('.org__name')!.textContent)).toEqual([
      'Org 1',
      'Org 2',
      'Org 3',
    ]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.getAttribute('aria-setsize')).toBe('3');
    expect(options[1]!.className).toBe('org org--current');
    expect(options[1]!.querySelector('.badge--here svg')).not.toBeNull();
    expect(doc.querySelector('.header__title')!.textContent).toBe(paintWords.title);
    expect(doc.querySelector('.who__email')!.textContent).toBe(paintWords.who);
    const filter = doc.querySelector('#org-filter')!;
    expect(filter.getAttribute('aria-activedescendant')).toBe('org-1');
    expect(doc.activeElement).toBe(filter);
    expect(doc.querySelector('[role=presentation]')).toBeNull();
  });

  it('a degraded snapshot paints the first screen and leaves room for the rest', () => {
    const doc = paint(snapshotOf(rows(300), 50_000));
    expect(doc.querySelectorAll('[role=option]')).toHaveLength(12);
    expect(doc.querySelector('[role=option]')!.getAttribute('aria-setsize')).toBe('50000');
    expect(doc.querySelector('[role=presentation]')!.getAttribute('style')).toBe(
      `height: ${(50_000 - 12) * 64}px`,
    );
  });

  it('markup in a name stays text', () => {
    const list = rows(1);
    list[0]!.name = '<img src=x onerror=alert(1)>';
    const doc = paint(snapshotOf(list));
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('.org__name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['no snapshot', null],
    ['not JSON', '{'],
    ['another version', '{"version":1,"rows":[]}'],
  ])('paints nothing with %s', (_, stored) => {
    expect(paint(stored).getElementById('app')!.childElementCount).toBe(0);
  });
});
