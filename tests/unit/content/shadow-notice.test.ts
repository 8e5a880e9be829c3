import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShadowBox, guardedButtons, isDecision } from '../../../lib/content/shadow-notice';

const click = (fields: Partial<MouseEvent>) =>
  ({ isTrusted: true, detail: 1, clientX: 5, clientY: 5, ...fields }) as MouseEvent;

function page() {
  const win = new Window({ url: 'https://web.outreach.io/' });
  return win.document as unknown as Document;
}

describe('createShadowBox', () => {
  it('puts the box in a closed shadow root: the page sees only the host', () => {
    const doc = page();
    const { host, box } = createShadowBox({ css: '.box{}', tag: 'cis-test', role: 'alert', label: 'L' }, doc);
    doc.body.append(host);
    expect(host.tagName.toLowerCase()).toBe('cis-test');
    expect(host.shadowRoot).toBeNull();
    expect(doc.querySelector('[role=alert]')).toBeNull();
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.getAttribute('aria-label')).toBe('L');
  });
});

describe('isDecision', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it.each([
    ['an untrusted click', click({ isTrusted: false }), true, false],
    ['a click before the box has settled', click({}), false, false],
    ['a keyboard click once settled', click({ detail: 0 }), true, true],
  ])('%s', (_name, event, isSettled, expected) => {
    const doc = page();
    const { host } = createShadowBox({ css: '' }, doc);
    const shownAt = performance.now();
    if (isSettled) vi.advanceTimersByTime(500);
    expect(isDecision(event, host, shownAt, 400, doc)).toBe(expected);
  });

  it('a pointer click counts only when the host is on top at that point', () => {
    const doc = page();
    const { host } = createShadowBox({ css: '' }, doc);
    const shownAt = performance.now();
    vi.advanceTimersByTime(500);
    const cover = doc.createElement('div');
    doc.elementFromPoint = () => cover;
    expect(isDecision(click({}), host, shownAt, 400, doc)).toBe(false);
    doc.elementFromPoint = () => host;
    expect(isDecision(click({}), host, shownAt, 400, doc)).toBe(true);
  });
});

describe('guardedButtons', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('are disabled until armed, then the host says so; a script click never presses them', () => {
    const doc = page();
    const { host } = createShadowBox({ css: '' }, doc);
    const onPress = vi.fn();
    const [button] = guardedButtons(host, [{ label: 'Open', className: 'primary', onPress }], 400, doc);
    expect(button!.disabled).toBe(true);
    expect(host.dataset.cisArmed).toBeUndefined();
    vi.advanceTimersByTime(400);
    expect(button!.disabled).toBe(false);
    expect(host.dataset.cisArmed).toBe('');
    button!.click();
    expect(onPress).not.toHaveBeenCalled();
  });
});
