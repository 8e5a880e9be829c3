import type { FunctionComponent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';
import type { HeaderMenuListProps } from './HeaderMenuList';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  isDisabled?: boolean;
}

export interface PopupHeaderProps {
  /** Copy Instance Group ID, Refresh, Sign out: whichever apply. */
  menu: MenuItem[];
  onOptions: () => void;
  /** The open menu's list (`HeaderMenuList`, loaded on demand by the popup). */
  MenuList: FunctionComponent<HeaderMenuListProps>;
}

/** One line: the title, Options, and a menu (WAI-ARIA menu button) of the other header actions. */
export function PopupHeader({ menu, onOptions, MenuList }: PopupHeaderProps) {
  return (
    <header class="header">
      <h1 class="header__title">{t('extName')}</h1>
      <button type="button" class="btn btn--link" onClick={onOptions}>
        {t('popupOptions')}
      </button>
      {menu.length > 0 && <HeaderMenu items={menu} List={MenuList} />}
    </header>
  );
}

function HeaderMenu({ items, List }: { items: MenuItem[]; List: FunctionComponent<HeaderMenuListProps> }) {
  const [isOpen, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
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
      {isOpen && <List items={items} focused={focused} onFocus={setFocused} onClose={close} />}
    </div>
  );
}
