/** The Cross-instance selection window, in each markup: a pure function, state in → HTML out. */
import { html } from '../html';
import type { SafeHtml } from '../html';
import { PICKER_SCRIPT } from './client-scripts';
import { errorLine, inlineScript, loginShell, pageData } from './layout';
import type { SelectPageMarkup } from './switches';

export const SELECT_WORDS = {
  heading: 'Select an org',
  empty: 'Select an org to continue.',
} as const;

export interface OrgChoice {
  orgId: string;
  name: string;
}

export interface SelectionOptions {
  markup: SelectPageMarkup;
  rootEmail: string;
  orgs: OrgChoice[];
  /** Path prefix of the host's selection window: `''` at login, `'/users'` at accounts. */
  base: string;
  error?: string;
}

function radios(o: SelectionOptions): SafeHtml {
  return html`<form method="post" action="${o.base}/instances">
    <fieldset>
      <legend>Orgs</legend>
      ${o.orgs.map(
        (org) =>
          html`<div>
            <input type="radio" name="org" id="org-${org.orgId}" value="${org.orgId}" />
            <label for="org-${org.orgId}">${org.name}</label>
          </div>`,
      )}
    </fieldset>
    ${errorLine(o.error)}
    <button type="submit">Next</button>
  </form>`;
}

function dropdown(o: SelectionOptions): SafeHtml {
  return html`<form method="post" action="${o.base}/instances">
    <label for="org-select">Org</label>
    <select id="org-select" name="org">
      <option value="">Choose an org</option>
      ${o.orgs.map((org) => html`<option value="${org.orgId}">${org.name}</option>`)}
    </select>
    ${errorLine(o.error)}
    <button type="submit">Next</button>
  </form>`;
}

function links(o: SelectionOptions): SafeHtml {
  return html`<ul class="org-links">
    ${o.orgs.map((org) => html`<li><a href="${o.base}/instances/${org.orgId}">${org.name}</a></li>`)}
  </ul>`;
}

/** Cards (`role=option` in a listbox) or tiles (`role=button`), picked by script, then Next. */
function picker(o: SelectionOptions, kind: 'cards' | 'tiles'): SafeHtml {
  const choiceAttr = kind === 'cards' ? 'data-org-id' : 'data-value';
  const stateAttr = kind === 'cards' ? 'aria-selected' : 'aria-pressed';
  const items = o.orgs.map((org) =>
    kind === 'cards'
      ? html`<div role="option" aria-selected="false" tabindex="0" data-org-id="${org.orgId}">
          ${org.name}
        </div>`
      : html`<div role="button" aria-pressed="false" tabindex="0" data-value="${org.orgId}">
          ${org.name}
        </div>`,
  );
  const list =
    kind === 'cards'
      ? html`<div role="listbox" aria-label="Orgs">${items}</div>`
      : html`<div class="tiles">${items}</div>`;
  return html`${list}
    <p class="error" role="alert" id="select-error">${o.error ?? ''}</p>
    <button type="button" id="next" disabled>Next</button>
    ${pageData('page-data', { choiceAttr, stateAttr, endpoint: `${o.base}/api/instances`, emptyError: SELECT_WORDS.empty })}
    ${inlineScript(PICKER_SCRIPT)}`;
}

function choices(o: SelectionOptions): SafeHtml {
  switch (o.markup) {
    case 'radios':
      return radios(o);
    case 'select':
      return dropdown(o);
    case 'links':
      return links(o);
    case 'cards':
    case 'tiles':
      return picker(o, o.markup);
    case 'empty':
      return html`<p aria-busy="true">Loading orgs…</p>
        <button type="button" disabled>Next</button>`;
  }
}

/** `login/instances` (or `accounts/users/instances`): the orgs of the group and Next. */
export function selectionPage(options: SelectionOptions): string {
  return loginShell(
    html`<h2>${SELECT_WORDS.heading}</h2>
      <p>
        Signed in as <span data-testid="root-email">${options.rootEmail}</span>. Choose the org you want to
        open.
      </p>
      ${choices(options)}`,
  );
}
