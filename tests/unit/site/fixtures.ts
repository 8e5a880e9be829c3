import { Window } from 'happy-dom';
import { collectPage } from '../../../lib/site/page-facts';

/** A page at `url` with `body`, read by the collect step (every field counts as usable in happy-dom). */
export function pageAt(url: string, body: string, title = 'Outreach') {
  const win = new Window({ url });
  win.document.title = title;
  win.document.body.innerHTML = body;
  const doc = win.document as unknown as Document;
  return { doc, ...collectPage(doc, { isUsable: (input) => !input.hidden && input.type !== 'hidden' }) };
}

export const LOGIN = 'https://login.outreach.io/';
export const LEGACY = 'https://accounts.outreach.io/users/sign_in';
export const APP = 'https://web.outreach.io/';

/** The current page: one email field and a script-driven Continue, no `<form>`. */
export const EMAIL_FIRST = `<div id="root"><h2>Sign in</h2>
  <div><label for="e1">Work email</label><input id="e1" class="x" autocomplete="username" inputmode="email"></div>
  <button type="button" class="btn">Continue</button>
  <a href="https://status.outreach.io">Status</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div>`;

/** The legacy Devise form. */
export const DEVISE = `<form action="/users/sign_in" method="post"><input type="hidden" name="authenticity_token" value="tok123">
  <input id="user_email" name="user[email]" type="text">
  <input type="submit" name="commit" value="Next"></form>`;

export const ORGS = [
  { orgId: 'org_prod', name: 'Acme Production', loginEmail: 'jane.doe@acme.com' },
  { orgId: 'org_stg', name: 'Acme Staging', loginEmail: 'jane.doe+staging@acme.com' },
  { orgId: 'org_test', name: 'Acme', loginEmail: 'jane.doe+test@acme.com' },
];

/** Four selection-window markups. */
export const SELECTION = {
  radios: `<h1>Select an org</h1><form method="post" action="/select">
    <input type="radio" name="org" id="o1" value="org_prod"><label for="o1">Acme Production <small>production</small></label>
    <input type="radio" name="org" id="o2" value="org_stg"><label for="o2">Acme Staging <small>staging</small></label>
    <input type="radio" name="org" id="o3" value="org_test"><label for="o3">Acme</label>
    <button type="submit">Next</button></form>`,
  cards: `<h2>Choose an instance</h2><div role="listbox">
    <div role="option" tabindex="0" data-org-id="org_prod"><strong>Acme Production</strong><span>Production</span></div>
    <div role="option" tabindex="0" data-org-id="org_stg"><strong>Acme Staging</strong><span>Staging</span></div>
    <div role="option" tabindex="0" data-org-id="org_test"><strong>Acme</strong></div></div>
    <button type="button">Next</button>`,
  tiles: `<h2>Select an org</h2><p>Signed in as jane.doe@acme.com.</p>
    <div role="button" tabindex="0" aria-pressed="false" data-value="org_prod">Acme Production</div>
    <div role="button" tabindex="0" aria-pressed="false" data-value="org_stg">Acme Staging</div>
    <div role="button" tabindex="0" aria-pressed="false" data-value="org_test">Acme</div>
    <button type="button" disabled>Next</button>`,
  select: `<h1>Select your org</h1><label for="s">Org</label><select id="s"><option value="">Choose…</option>
    <option value="org_prod">Acme Production</option><option value="org_stg">Acme Staging</option><option value="org_test">Acme</option></select>
    <button type="button">Continue</button>`,
  links: `<h1>Pick an account</h1><ul><li><a href="/select?org=org_prod">Acme Production</a></li>
    <li><a href="/instances/org_stg">Acme Staging</a></li><li><a href="/select?org=org_test">Acme</a></li></ul>
    <footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>`,
} as const;
