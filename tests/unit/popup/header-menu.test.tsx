// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeaderMenuList } from '../../../components/HeaderMenuList';
import { PopupHeader } from '../../../components/PopupHeader';
import type { MenuItem } from '../../../components/PopupHeader';
import { lazyModule } from '../../../entrypoints/popup/lazy';

/** The menu's list as the popup has it: from a chunk that arrives when the test says. */
function lateMenuList() {
  let arrive!: () => void;
  const chunk = new Promise<{ HeaderMenuList: typeof HeaderMenuList }>(
    (resolve) => (arrive = () => resolve({ HeaderMenuList })),
  );
  const lazy = lazyModule(() => chunk);
  return { MenuList: lazy.part((module) => module.HeaderMenuList), arrive: () => arrive() };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
const key = (target: Element, name: string) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));
const focusedLabel = () => document.activeElement?.textContent;

function renderHeader(items: MenuItem[], MenuList: ReturnType<typeof lateMenuList>['MenuList']) {
  const at = document.body.appendChild(document.createElement('div'));
  act(() => render(<PopupHeader menu={items} onOptions={() => undefined} MenuList={MenuList} />, at));
  return at.querySelector<HTMLButtonElement>('[aria-haspopup=menu]')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the header menu, whose list loads on first open', () => {
  const items = (onRefresh = () => undefined): MenuItem[] => [
    { label: 'Copy', onSelect: () => undefined },
    { label: 'Refresh', onSelect: onRefresh },
    { label: 'Sign out', onSelect: () => undefined },
  ];

  it('opened before its list has arrived, focuses the item asked for once it does', async () => {
    const late = lateMenuList();
    const button = renderHeader(items(), late.MenuList);
    button.focus();
    // ArrowUp opens on the last item.
    await key(button, 'ArrowUp');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[role=menu]')).toBeNull();
    late.arrive();
    await flush();
    expect(document.querySelector('[role=menu]')).not.toBeNull();
    expect(focusedLabel()).toBe('Sign out');
  });

  it('moves with the arrows (wrapping), Home and End; Escape closes and gives the focus back', async () => {
    const late = lateMenuList();
    late.arrive();
    const button = renderHeader(items(), late.MenuList);
    await act(() => button.click());
    await flush();
    expect(focusedLabel()).toBe('Copy');
    const menu = document.querySelector('[role=menu]')!;
    await key(menu, 'ArrowUp');
    expect(focusedLabel()).toBe('Sign out');
    await key(menu, 'ArrowDown');
    expect(focusedLabel()).toBe('Copy');
    await key(menu, 'End');
    expect(focusedLabel()).toBe('Sign out');
    await key(menu, 'Home');
    expect(focusedLabel()).toBe('Copy');
    await key(menu, 'Escape');
    expect(document.querySelector('[role=menu]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('an item closes the menu and does its action', async () => {
    const late = lateMenuList();
    late.arrive();
    const onRefresh = vi.fn();
    const button = renderHeader(items(onRefresh), late.MenuList);
    await act(() => button.click());
    await flush();
    await act(() => document.querySelectorAll<HTMLButtonElement>('[role=menuitem]')[1]!.click());
    expect(onRefresh).toHaveBeenCalledOnce();
    expect(document.querySelector('[role=menu]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
