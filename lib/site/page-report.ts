import { clean } from './page-facts';

/**
 * "Copy a page report": the structure of a page the adapter did not understand, for a bug report.
 * Only tags, ids, names, types, roles, autocomplete, labels and button/link/option texts — never a
 * field's value, an attribute such as `href` or `value`, a cookie, or page text beyond labels.
 */

const STRUCTURE =
  'form, fieldset, legend, label, input, select, option, textarea, button, a, [role], h1, h2, h3, iframe';
/** Roles whose text is a control's label (a `main` or `dialog`'s text is page text, never read). */
const CONTROL_ROLES = new Set(['button', 'option', 'radio', 'menuitem', 'link', 'tab', 'checkbox']);
const MAX_ELEMENTS = 300;
const MAX_TEXT = 80;

const short = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
/** Anything that looks like an email address is masked: labels are structure, logins are not. */
const masked = (text: string) => short(clean(text).replace(/[^\s@]+@[^\s@]+/g, '<email>'));

function describe(element: Element): string {
  const parts = [element.tagName.toLowerCase()];
  if (element.id) parts[0] += `#${element.id}`;
  for (const attribute of ['name', 'type', 'role', 'autocomplete', 'aria-label', 'for']) {
    const value = element.getAttribute(attribute);
    if (value) parts.push(`${attribute}="${masked(value)}"`);
  }
  const tag = element.tagName;
  // Texts that label a control; an input's own value or placeholder-as-value is never read.
  if (
    ['LABEL', 'BUTTON', 'A', 'OPTION', 'LEGEND'].includes(tag) ||
    CONTROL_ROLES.has(element.getAttribute('role') ?? '')
  ) {
    const text = masked(element.textContent ?? '');
    if (text) parts.push(`text="${text}"`);
  }
  if (tag === 'INPUT' && (element as HTMLInputElement).labels?.length) {
    parts.push(
      `label="${masked([...(element as HTMLInputElement).labels!].map((l) => l.textContent).join(' '))}"`,
    );
  }
  return parts.join(' ');
}

/** The page's structure as plain text lines (origin and path only; no query, no hash). */
export function pageReport(doc: Document = document, found: { missing: string } | null = null): string {
  const url = new URL(doc.location?.href ?? 'about:blank');
  const elements = [...doc.querySelectorAll(STRUCTURE)].slice(0, MAX_ELEMENTS);
  const depth = (element: Element) => {
    let n = 0;
    for (let at = element.parentElement; at; at = at.parentElement) if (at.matches(STRUCTURE)) n++;
    return n;
  };
  return [
    `page: ${url.origin}${url.pathname}`,
    ...(found ? [`not found: ${found.missing}`] : []),
    `elements: ${elements.length}`,
    ...elements.map((element) => `${'  '.repeat(depth(element))}${describe(element)}`),
  ].join('\n');
}
