import { t } from '../i18n/t';
import type { ChooserOrg } from '../messaging/protocol';

const STYLE = `
  :host { all: initial; }
  .box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #a1a1aa;
    border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); padding: 6px; min-width: 260px; max-width: 420px; }
  .title { margin: 2px 6px 6px; font-weight: 600; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
  li:focus, li:hover { background: #ece8ff; outline: 2px solid #4b2bd6; outline-offset: -2px; }
  .login { display: block; color: #52525b; font-size: 12px; }
  .message { margin: 0; padding: 4px 6px; color: #8a1c1c; }
  @media (prefers-color-scheme: dark) {
    .box { color: #f4f4f5; background: #18181b; border-color: #52525b; }
    li:focus, li:hover { background: #2e2750; outline-color: #c4b5fd; }
    .login { color: #b4b4bd; } .message { color: #fecaca; }
  }`;

export interface InlineChooser {
  showOrgs(orgs: ChooserOrg[], onChoose: (org: ChooserOrg) => void): void;
  showMessage(text: string): void;
  focusFirst(): void;
  hide(): void;
}

/**
 * The org chooser (or a rule message) shown under a login page's email field, in a closed shadow
 * root so the page's scripts cannot read or drive it. Keyboard: ArrowDown from the field enters
 * the list, arrows move, Enter or Space chooses, Escape goes back to the field.
 */
export function createInlineChooser(field: HTMLInputElement): InlineChooser {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const box = document.createElement('div');
  box.className = 'box';
  root.append(box);

  const place = () => {
    const rect = field.getBoundingClientRect();
    Object.assign(host.style, {
      position: 'absolute',
      zIndex: '2147483647',
      left: `${rect.left + window.scrollX}px`,
      top: `${rect.bottom + window.scrollY + 4}px`,
    });
    if (!host.isConnected) document.body.append(host);
  };
  const options = () => [...box.querySelectorAll<HTMLLIElement>('li')];

  return {
    showOrgs(orgs, onChoose) {
      box.replaceChildren(textElement('p', 'title', t('chooserTitle')));
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', t('chooserTitle'));
      for (const org of orgs) list.append(optionElement(org, onChoose, () => this.hide(), field));
      box.append(list);
      place();
    },
    showMessage(text) {
      const message = textElement('p', 'message', text);
      message.setAttribute('role', 'alert');
      box.replaceChildren(message);
      place();
    },
    focusFirst: () => options()[0]?.focus(),
    hide: () => host.remove(),
  };
}

function textElement(tag: 'p' | 'span', className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

function optionElement(
  org: ChooserOrg,
  onChoose: (org: ChooserOrg) => void,
  hide: () => void,
  field: HTMLElement,
) {
  const item = document.createElement('li');
  item.setAttribute('role', 'option');
  item.tabIndex = -1;
  item.append(textElement('span', 'name', org.name), textElement('span', 'login', org.loginEmail));
  item.addEventListener('click', (event) => event.isTrusted && onChoose(org));
  item.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const move = (to: Element | null) => (to instanceof HTMLElement ? to.focus() : undefined);
    if (event.key === 'ArrowDown') move(item.nextElementSibling);
    else if (event.key === 'ArrowUp') move(item.previousElementSibling ?? field);
    else if (event.key === 'Enter' || event.key === ' ') onChoose(org);
    else if (event.key === 'Escape') {
      hide();
      field.focus();
    } else return;
    event.preventDefault();
  });
  return item;
}
