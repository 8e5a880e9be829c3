/**
 * The chooser frame: an extension page shown inside the login page (see `inline-chooser.ts`). It
 * reads what to offer from the background and sends a choice only for trusted input. A click
 * counts only once the frame is armed: the browser's compositor (IntersectionObserver v2, where it
 * exists) has seen it unoccluded and fully opaque for 500 ms (elsewhere, 500 ms after it loaded);
 * the background then has the page's content script confirm the host too, and checks the tab's
 * origin, before any alias is filled.
 */
import { t } from '../i18n/t';
import type { ChooserOrg, LoginInspection } from '../messaging/protocol';
import { send } from '../messaging/send';
import { FOCUS_MESSAGE, VISIBLE_BEFORE_CHOICE_MS } from './chooser-rules';
import { hasTrackedVisibility } from './visibility';

const STYLE = `
  html, body { margin: 0; background: transparent; }
  .box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #a1a1aa;
    border-radius: 8px; padding: 6px; box-sizing: border-box; height: 100vh; overflow: auto; }
  .title { margin: 2px 6px 6px; font-weight: 600; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 4px 8px; border-radius: 6px; cursor: pointer; }
  li:focus, li:hover { background: #ece8ff; outline: 2px solid #4b2bd6; outline-offset: -2px; }
  .login { display: block; color: #52525b; font-size: 12px; }
  .message { margin: 0; padding: 4px 6px; color: #8a1c1c; }
  .actions { display: flex; gap: 8px; justify-content: flex-end; margin: 4px 6px; }
  button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #4b2bd6; background: #fff; color: #1b1b1f; }
  button.open { background: #4b2bd6; color: #fff; }
  button:focus-visible { outline: 2px solid #4b2bd6; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .box { color: #f4f4f5; background: #18181b; border-color: #52525b; }
    li:focus, li:hover { background: #2e2750; outline-color: #c4b5fd; }
    .login { color: #b4b4bd; } .message { color: #fecaca; }
    button { background: #18181b; color: #f4f4f5; border-color: #c4b5fd; } button.open { background: #c4b5fd; color: #111; }
  }`;

type Via = 'pointer' | 'keyboard';

/** When the compositor last started seeing the frame whole; `undefined` where it cannot tell. */
function watchCompositor(doc: Document): () => number | null | undefined {
  const win = doc.defaultView!;
  if (!hasTrackedVisibility(win)) return () => undefined;
  let since: number | null = null;
  const observer = new win.IntersectionObserver(
    (entries) => {
      const seen = (entries.at(-1) as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
      since = seen ? (since ?? performance.now()) : null;
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(doc.documentElement);
  return () => since;
}

function textElement(doc: Document, tag: 'p' | 'span', className: string, text: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** The keys the list answers. */
const LIST_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ', 'Escape']);
/** At most this many keys wait for the list to be drawn. */
const MAX_EARLY_KEYS = 8;
const chosenOrg = new WeakMap<Element, ChooserOrg>();

/** What `key` does on the option `item`: moves the focus, chooses its org, or closes the chooser. */
function keyOnOption(item: HTMLElement, key: string, choose: (org: ChooserOrg, via: Via) => void): void {
  const move = (to: Element | null) => (to instanceof HTMLElement ? to.focus() : undefined);
  const org = chosenOrg.get(item);
  if (key === 'ArrowDown') move(item.nextElementSibling);
  else if (key === 'ArrowUp') move(item.previousElementSibling);
  else if ((key === 'Enter' || key === ' ') && org) choose(org, 'keyboard');
  else if (key === 'Escape') void send({ type: 'closeChooser' });
}

function optionElement(doc: Document, org: ChooserOrg, choose: (org: ChooserOrg, via: Via) => void) {
  const item = doc.createElement('li');
  item.setAttribute('role', 'option');
  item.tabIndex = -1;
  chosenOrg.set(item, org);
  item.append(textElement(doc, 'span', 'name', org.name), textElement(doc, 'span', 'login', org.loginEmail));
  item.addEventListener('click', (event) => event.isTrusted && choose(org, 'pointer'));
  item.addEventListener('keydown', (event) => {
    if (!event.isTrusted || !LIST_KEYS.has(event.key)) return;
    event.preventDefault();
    keyOnOption(item, event.key, choose);
  });
  return item;
}

/**
 * Keys that reach the frame before any of its options has the focus: the field's ArrowDown gave
 * the frame the focus, and its first option takes it a message later, so quick keys (ArrowDown,
 * Enter) land on the frame's body. They count as pressed on the first option, in order; before
 * the list is drawn they wait for it (`drawn`). Only trusted keys, and never while the production
 * gate's question has the focus.
 */
function keepEarlyKeys(doc: Document, choose: (org: ChooserOrg, via: Via) => void) {
  const early: string[] = [];
  const firstOption = () => doc.querySelector<HTMLElement>('[role="option"]');
  const isUnfocused = () => doc.activeElement === null || doc.activeElement === doc.body;
  const press = (key: string) => {
    const focused = doc.activeElement;
    const on = focused instanceof HTMLElement && chosenOrg.has(focused) ? focused : firstOption();
    if (!on) return;
    on.focus();
    keyOnOption(on, key, choose);
  };
  doc.addEventListener('keydown', (event) => {
    if (!event.isTrusted || !LIST_KEYS.has(event.key) || !isUnfocused()) return;
    event.preventDefault();
    if (firstOption()) press(event.key);
    else if (early.length < MAX_EARLY_KEYS) early.push(event.key);
  });
  return {
    drawn() {
      for (const key of early.splice(0)) press(key);
    },
  };
}

/** Renders the offer (the orgs, or the rule's message); the choice goes to `choose`. */
function render(doc: Document, inspection: LoginInspection, choose: (org: ChooserOrg, via: Via) => void) {
  const box = doc.createElement('div');
  box.className = 'box';
  doc.body.replaceChildren(box);
  if (inspection.kind === 'invalid') {
    box.append(textElement(doc, 'p', 'message', inspection.message));
    box.lastElementChild!.setAttribute('role', 'alert');
  } else if (inspection.kind === 'root') {
    const list = doc.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', t('chooserTitle'));
    for (const org of inspection.orgs) list.append(optionElement(doc, org, choose));
    box.append(textElement(doc, 'p', 'title', t('chooserTitle')), list);
  }
  return box;
}

/**
 * The production gate inside the frame (issue 14): "Open Acme Production?" with Open and Cancel in
 * place of the list. Open counts like a choice, and only once the question itself has been shown
 * for 500 ms with the frame armed (a click aimed at the list cannot land on Open); a key press
 * waits that out. Cancel or Escape brings the list back and nothing is chosen.
 */
function askBeforeOpening(
  doc: Document,
  box: HTMLElement,
  isArmed: () => boolean,
  say: (text: string) => void,
) {
  return (org: ChooserOrg, open: (via: Via) => void) => {
    const list = [...box.childNodes];
    const shownAt = performance.now();
    const title = textElement(doc, 'p', 'title', t('gateTitle', org.name));
    title.id = 'ask-title';
    const button = (text: string, className: string) => {
      const element = doc.createElement('button');
      element.type = 'button';
      element.className = className;
      element.textContent = text;
      return element;
    };
    const yes = button(t('gateOpen'), 'open');
    const no = button(t('gateCancel'), 'cancel');
    const actions = doc.createElement('div');
    actions.className = 'actions';
    actions.setAttribute('role', 'group');
    actions.setAttribute('aria-labelledby', title.id);
    actions.append(no, yes);
    const back = () => {
      box.replaceChildren(...list);
      box.querySelector<HTMLElement>('[role="option"]')?.focus();
    };
    const settled = () => isArmed() && performance.now() - shownAt >= VISIBLE_BEFORE_CHOICE_MS;
    yes.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      // A click from Enter or Space has no pointer position (`detail` 0): a key press, which waits.
      const via: Via = event.detail === 0 ? 'keyboard' : 'pointer';
      if (settled()) return open(via);
      if (via === 'pointer') return say(t('chooserAskIgnored'));
      const wait = () => (settled() ? open(via) : void doc.defaultView!.setTimeout(wait, 50));
      wait();
    });
    no.addEventListener('click', (event) => event.isTrusted && back());
    actions.addEventListener('keydown', (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      event.preventDefault();
      back();
    });
    box.replaceChildren(title, actions);
    yes.focus();
    // Says when Open counts, as the list's `aria-disabled` does.
    yes.setAttribute('aria-disabled', 'true');
    const win = doc.defaultView!;
    const timer = win.setInterval(() => {
      if (!yes.isConnected) return win.clearInterval(timer);
      yes.setAttribute('aria-disabled', String(!settled()));
    }, 100);
  };
}

/** Starts the chooser frame in `doc` (the frame page's own document). */
export async function startChooserFrame(doc: Document): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [sheet];
  const win = doc.defaultView!;
  const seenSince = watchCompositor(doc);
  // Focus may be asked for (ArrowDown in the field) before the offer is read and drawn.
  let wantsFocus = doc.hasFocus();
  // Only when no option has it: a key pressed meanwhile may have moved it on already.
  const focusFirst = () => {
    const focused = doc.activeElement;
    if (!focused || !chosenOrg.has(focused)) doc.querySelector<HTMLElement>('[role="option"]')?.focus();
  };
  const earlyKeys = keepEarlyKeys(doc, (org, via) => void choose(org, via));
  win.addEventListener('message', (event) => {
    if (event.data !== FOCUS_MESSAGE) return;
    wantsFocus = true;
    focusFirst();
  });
  win.addEventListener('focus', focusFirst);
  const inspection = await send({ type: 'getChooser' }).catch(() => ({ kind: 'none' }) as const);
  const box = render(doc, inspection, (org, via) => void choose(org, via));
  earlyKeys.drawn();
  const loadedAt = performance.now();
  let isArmed = false;
  // Armed once seen whole for 500 ms; until then the list says it is disabled, and clicks are ignored.
  const arm = () => {
    const seen = seenSince();
    const since = seen === undefined ? loadedAt : seen;
    isArmed = since !== null && performance.now() - since >= VISIBLE_BEFORE_CHOICE_MS;
    box.querySelector('[role="listbox"]')?.setAttribute('aria-disabled', String(!isArmed));
  };
  arm();
  win.setInterval(arm, 100);
  const say = (text: string) => {
    box.querySelector('.message')?.remove();
    const message = textElement(doc, 'p', 'message', text);
    message.setAttribute('role', 'alert');
    box.prepend(message);
  };
  const ask = askBeforeOpening(doc, box, () => isArmed, say);
  async function choose(org: ChooserOrg, via: Via, confirmed = false) {
    if (via === 'pointer' && !isArmed) return say(t('chooserIgnored'));
    if (org.askFirst && !confirmed) return ask(org, (answerVia) => void choose(org, answerVia, true));
    await send({ type: 'chooseOrg', orgId: org.orgId, via, confirmed }).catch((error: unknown) => {
      const { kind, message } = error as { kind?: string; message: string };
      say(kind === 'chooser-hidden' ? t('chooserIgnored') : message);
    });
  }
  doc.addEventListener(
    'pointerdown',
    (event) => event.isTrusted && void send({ type: 'chooserPointerDown' }),
    true,
  );
  if (wantsFocus || doc.hasFocus()) focusFirst();
}
