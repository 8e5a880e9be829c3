import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  isDisabled?: boolean;
}

export interface PopupHeaderProps {
  /** Copy Instance Group ID, Refresh, Sign out: whichever apply. */
  menu: MenuItem[];
  onOptions: () => void;
}

/** One line: the title, Options, and a menu (WAI-ARIA menu button) of the other header actions. */
export function PopupHeader({ menu, onOptions }: PopupHeaderProps) {
  return (
    <header class="header">
      <h1 class="header__title">{t('extName')}</h1>
      <button type="button" class="btn btn--link" onClick={onOptions}>
        {t('popupOptions')}
      </button>
      {menu.length > 0 && <HeaderMenu items={menu} />}
    </header>
  );
}

function HeaderMenu({ items }: { items: MenuItem[] }) {
  const [isOpen, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (isOpen) list.current?.querySelectorAll<HTMLElement>('[role=menuitem]')[focused]?.focus();
  }, [isOpen, focused]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) setFocused((index) => (index + moves[event.key]! + items.length) % items.length);
    else if (event.key === 'Home') setFocused(0);
    else if (event.key === 'End') setFocused(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div class="menu">
      <button
        ref={button}
        type="button"
        class="btn btn--secondary menu__button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls="header-menu"
        onClick={() => (setFocused(0), setOpen(!isOpen))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setFocused(event.key === 'ArrowDown' ? 0 : items.length - 1);
          setOpen(true);
        }}
      >
        {t('popupMenu')}
      </button>
      {isOpen && (
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
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
