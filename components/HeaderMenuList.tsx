import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n/t';
import type { MenuItem } from './PopupHeader';

export interface HeaderMenuListProps {
  items: MenuItem[];
  /** The item that has the focus (roving tabindex). */
  focused: number;
  onFocus: (next: number | ((index: number) => number)) => void;
  /** Closes the menu and gives the focus back to its button. */
  onClose: () => void;
}

/**
 * The open header menu (WAI-ARIA menu): arrows, Home and End move, Escape and Tab close. Loaded
 * on the first open (entrypoints/popup/App.tsx), as the list's first screen shows only the button.
 */
export function HeaderMenuList({ items, focused, onFocus, onClose }: HeaderMenuListProps) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current?.querySelectorAll<HTMLElement>('[role=menuitem]')[focused]?.focus();
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) onFocus((index) => (index + moves[event.key]! + items.length) % items.length);
    else if (event.key === 'Home') onFocus(0);
    else if (event.key === 'End') onFocus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <ul
      ref={list}
      id="header-menu"
      class="menu__list"
      role="menu"
      aria-label={t('popupMenu')}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            class="menu__item"
            tabIndex={index === focused ? 0 : -1}
            disabled={item.isDisabled}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
