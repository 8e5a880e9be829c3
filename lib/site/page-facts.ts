import { isUsableField } from '../content/login-form';

/**
 * The collect step of the site adapter (Bitwarden's autofill `collect`): the page is read into plain
 * data once, and every decision (`outreach-adapter.ts`) works on that data, not on the DOM. The
 * elements stay beside the facts, index for index, so an action can find what a decision chose.
 */

export type ChoiceKind = 'radio' | 'option' | 'card' | 'link';

/** A text-like input (never its value). */
export interface FieldFacts {
  id: string;
  name: string;
  type: string;
  autocomplete: string;
  label: string;
  isUsable: boolean;
}

/** Something a person presses: a button, a submit input, or an element with `role=button`. */
export interface ButtonFacts {
  text: string;
  type: string;
  isInForm: boolean;
  isDisabled: boolean;
}

/** One choice a selection window may offer: a radio, a `<select>` option, a card or a link. */
export interface ChoiceFacts {
  kind: ChoiceKind;
  /** The choice's label as shown; `name` is its first line (the org name when a subtitle follows). */
  label: string;
  name: string;
  /** The org id or value where the markup has one (radio/option value, `data-org-id`, …). */
  value: string | null;
}

export interface PageFacts {
  origin: string;
  path: string;
  title: string;
  /** h1–h3, legends and `role=heading` texts. */
  headings: string[];
  fields: FieldFacts[];
  hasPasswordField: boolean;
  buttons: ButtonFacts[];
  choices: ChoiceFacts[];
  /**
   * Texts that may name the org the app shows: the account menu's org (`data-testid*=org-name`,
   * `data-org-name`) first, then the title and headings.
   */
  orgTexts: string[];
  /**
   * Email addresses the page shows, lower-cased: the account menu's (`data-testid*=email`, `header`,
   * `summary`) when it has any, else any on the page ("Signed in as …").
   */
  shownEmails: string[];
}

export interface CollectedPage {
  facts: PageFacts;
  elements: { fields: HTMLInputElement[]; buttons: HTMLElement[]; choices: HTMLElement[] };
}

const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'search', 'url']);
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
const CARDS = '[role="option"], [role="radio"], [role="menuitem"], [role="button"], button';
const ACCOUNT_ORG = '[data-testid*="org-name"], [data-org-name]';
/** Where the app shows its login, surest first. */
const ACCOUNT_EMAIL = [
  '[data-testid*="email"], [data-user-email]',
  'summary, [aria-label="Account"]',
  'header',
];
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;

/** Whitespace collapsed, trimmed. */
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function labelOf(element: HTMLElement): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return clean(aria);
  const labelledBy = element.getAttribute('aria-labelledby');
  const doc = element.ownerDocument;
  if (labelledBy)
    return clean(
      labelledBy
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent)
        .join(' '),
    );
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return clean([...labels].map((label) => label.textContent).join(' '));
  if (element instanceof element.ownerDocument.defaultView!.HTMLInputElement)
    return clean(element.placeholder);
  return clean(element.textContent);
}

/** The first non-empty line of text inside an element: the org name when a subtitle follows it. */
function firstText(element: Element, fallback: string): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = clean(node.textContent);
    if (text) return text;
  }
  return fallback;
}

function valueOf(element: HTMLElement): string | null {
  const data = element.dataset;
  return data.orgId ?? data.value ?? data.id ?? (element.getAttribute('value') || null);
}

export interface CollectOptions {
  /** Whether a person could see and use an input (the content script's field rules by default). */
  isUsable?: (input: HTMLInputElement) => boolean;
}

/** Reads the page into {@link PageFacts} once. */
export function collectPage(doc: Document = document, options: CollectOptions = {}): CollectedPage {
  const isUsable = options.isUsable ?? ((input: HTMLInputElement) => usable(input));
  const inputs = [...doc.querySelectorAll<HTMLInputElement>('input')];
  const fields = inputs.filter((input) => TEXT_TYPES.has(input.type === 'text' ? '' : input.type));
  const buttons = [...doc.querySelectorAll<HTMLElement>(BUTTONS)];
  const choices = collectChoices(doc, buttons);
  const url = new URL(doc.location?.href ?? 'about:blank');
  const headings = [...doc.querySelectorAll('h1, h2, h3, legend, [role="heading"]')].map((el) =>
    clean(el.textContent),
  );
  const orgTexts = [
    ...[...doc.querySelectorAll<HTMLElement>(ACCOUNT_ORG)].map((el) =>
      clean(el.dataset.orgName ?? el.textContent),
    ),
    clean(doc.title),
    ...headings,
  ];
  return {
    facts: {
      origin: url.origin,
      path: url.pathname,
      title: clean(doc.title),
      headings,
      fields: fields.map((input) => ({
        id: input.id,
        name: input.name,
        type: input.type,
        autocomplete: input.getAttribute('autocomplete') ?? '',
        label: labelOf(input),
        isUsable: isUsable(input),
      })),
      hasPasswordField: inputs.some((input) => input.type === 'password' && isUsable(input)),
      buttons: buttons.map((button) => ({
        text: button instanceof doc.defaultView!.HTMLInputElement ? clean(button.value) : labelOf(button),
        type: button.getAttribute('type') ?? (button.tagName === 'BUTTON' ? 'submit' : ''),
        isInForm: Boolean(button.closest('form')),
        isDisabled:
          (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true',
      })),
      choices: choices.map(({ facts }) => facts),
      orgTexts: orgTexts.filter(Boolean),
      shownEmails: shownEmails(doc),
    },
    elements: { fields, buttons, choices: choices.map(({ element }) => element) },
  };
}

function shownEmails(doc: Document): string[] {
  const emailsIn = (texts: (string | null)[]) => [
    ...new Set(texts.flatMap((text) => clean(text).match(EMAIL) ?? []).map((email) => email.toLowerCase())),
  ];
  for (const selector of ACCOUNT_EMAIL) {
    const found = emailsIn([...doc.querySelectorAll(selector)].map((el) => el.textContent));
    if (found.length > 0) return found;
  }
  return emailsIn([doc.body?.textContent ?? '']);
}

function usable(input: HTMLInputElement): boolean {
  input.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  return isUsableField(input, input.ownerDocument.defaultView ?? window);
}

function collectChoices(doc: Document, buttons: HTMLElement[]) {
  const found: { facts: ChoiceFacts; element: HTMLElement }[] = [];
  const add = (kind: ChoiceKind, element: HTMLElement, label: string, name: string, value: string | null) => {
    if (label) found.push({ facts: { kind, label, name, value }, element });
  };
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const label = labelOf(radio);
    const labelElement = radio.labels?.[0];
    add('radio', radio, label, labelElement ? firstText(labelElement, label) : label, radio.value || null);
  }
  for (const option of doc.querySelectorAll<HTMLOptionElement>('select option')) {
    if (option.disabled || (!option.value && !clean(option.textContent))) continue;
    if (!option.value) continue; // a placeholder such as "Choose an org…"
    add('option', option, clean(option.textContent), clean(option.textContent), option.value);
  }
  for (const card of doc.querySelectorAll<HTMLElement>(CARDS)) {
    if (
      card.closest('[role="option"], [role="radio"], [role="menuitem"]') !== card &&
      card.tagName === 'BUTTON' &&
      card.closest('[role="option"], [role="radio"]')
    )
      continue;
    if (card instanceof doc.defaultView!.HTMLInputElement) continue;
    const label = labelOf(card);
    add('card', card, label, card.getAttribute('aria-label') ? label : firstText(card, label), valueOf(card));
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (buttons.includes(link)) continue;
    const label = labelOf(link);
    add('link', link, label, firstText(link, label), valueOf(link) ?? linkValue(link));
  }
  return found;
}

/** An org id carried by a link: `?org=…`, `?orgId=…`, `?instance=…`, or `/instances/<id>`, `/orgs/<id>`. */
function linkValue(link: HTMLAnchorElement): string | null {
  try {
    const url = new URL(link.href);
    for (const [key, value] of url.searchParams)
      if (/^(org|org_?id|instance|instance_?id)$/i.test(key)) return value;
    const inPath = /\/(?:instances?|orgs?|organi[sz]ations?)\/([\w.-]+)\/?$/i.exec(url.pathname);
    if (inPath) return decodeURIComponent(inPath[1]!);
  } catch {
    // An unparsable href carries no id.
  }
  return null;
}
