import { describe, expect, it } from 'vitest';
import {
  advanceButtonIndex,
  appShows,
  choiceIndexFor,
  classifyPage,
  emailFieldIndex,
  offeredOrgs,
  orgNamed,
} from '../../../lib/site/outreach-adapter';
import { APP, DEVISE, EMAIL_FIRST, LEGACY, LOGIN, ORGS, SELECTION, pageAt } from './fixtures';

const SITE = {
  loginOrigins: ['https://login.outreach.io', 'https://accounts.outreach.io'],
  isAppOrigin: (origin: string) => ['https://web.outreach.io', 'https://app1a.outreach.io'].includes(origin),
};

describe('login pages', () => {
  it('finds the email-first page: email by autocomplete and label, a Continue with no form', () => {
    const { facts } = pageAt(LOGIN, EMAIL_FIRST);
    expect(classifyPage(facts, SITE)).toBe('login-email');
    expect(facts.fields[emailFieldIndex(facts)]!.id).toBe('e1');
    const button = facts.buttons[advanceButtonIndex(facts)]!;
    expect(button).toMatchObject({ text: 'Continue', type: 'button', isInForm: false });
  });

  it('finds the legacy Devise form by its #user_email fallback and its submit input', () => {
    const { facts } = pageAt(LEGACY, DEVISE);
    expect(classifyPage(facts, SITE)).toBe('login-email');
    expect(facts.fields[emailFieldIndex(facts)]!.id).toBe('user_email');
    expect(facts.buttons[advanceButtonIndex(facts)]).toMatchObject({ text: 'Next', isInForm: true });
  });

  it.each([
    ['type=email', '<input id="f" type="email">'],
    ['autocomplete=email', '<input id="f" autocomplete="email">'],
    ['an email label', '<label for="f">Email address</label><input id="f">'],
    ['aria-label', '<input id="f" aria-label="Email">'],
  ])('finds the email field by %s', (_name, body) => {
    const { facts } = pageAt(LOGIN, body);
    expect(facts.fields[emailFieldIndex(facts)]?.id).toBe('f');
  });

  it('never takes a hidden field, a search box or a password field for the email field', () => {
    const { facts } = pageAt(
      LOGIN,
      '<input id="h" type="email" hidden><input id="q" type="search"><input type="password">',
    );
    expect(emailFieldIndex(facts)).toBe(-1);
    expect(classifyPage(facts, SITE)).toBe('login-password');
  });

  it('does not make every page of the login host a login page: no field is no login page', () => {
    const { facts } = pageAt('https://login.outreach.io/saml/redirect', '<p>Redirecting…</p>');
    expect(classifyPage(facts, SITE)).toBe('other');
  });

  it('knows nothing of pages on other hosts', () => {
    const { facts } = pageAt('https://evil.example/', EMAIL_FIRST);
    expect(classifyPage(facts, SITE)).toBe('other');
  });
});

describe.each(Object.entries(SELECTION))('the selection window as %s', (_markup, body) => {
  const read = () => pageAt('https://login.outreach.io/select', body).facts;

  it('is recognised by its words before the group is known, and by the org names after', () => {
    expect(classifyPage(read(), SITE)).toBe('selection');
    expect(classifyPage(read(), SITE, ORGS)).toBe('selection');
  });

  it('offers the orgs by name, with their ids', () => {
    expect(offeredOrgs(read())).toEqual([
      { name: 'Acme Production', value: 'org_prod' },
      { name: 'Acme Staging', value: 'org_stg' },
      { name: 'Acme', value: 'org_test' },
    ]);
  });

  it('picks the right org, even when one name is the start of another', () => {
    const facts = read();
    for (const org of ORGS) {
      const at = choiceIndexFor(facts, org, ORGS);
      expect(facts.choices[at]?.name).toBe(org.name);
    }
  });

  it('picks by name when the markup carries no ids', () => {
    const facts = read();
    const renamed = ORGS.map((org) => ({ ...org, orgId: `manual:${org.orgId}` }));
    expect(facts.choices[choiceIndexFor(facts, renamed[1]!, renamed)]?.name).toBe('Acme Staging');
  });
});

describe('what is not a selection window', () => {
  it('a login page with links and a Continue button', () => {
    expect(offeredOrgs(pageAt(LOGIN, EMAIL_FIRST).facts)).toEqual([]);
  });

  it('an app page whose choices name no org of the group', () => {
    const { facts } = pageAt(
      APP,
      '<h1>Prospects</h1><button>Add prospect</button><a href="/x">Sequences</a>',
    );
    expect(classifyPage(facts, SITE, ORGS)).toBe('app');
  });
});

describe('which org the app shows', () => {
  it.each([
    ['the org name in the title', '', 'Acme Staging · Outreach', 'shows-org'],
    ['the signed-in login', '<p>Signed in as jane.doe+staging@acme.com</p>', 'Outreach', 'shows-org'],
    ['another org’s login', '<p>Signed in as jane.doe+test@acme.com</p>', 'Outreach', 'shows-other'],
    ['a longer name that starts with the org’s', '<h1>Acme Production</h1>', 'Outreach', 'shows-other'],
    ['nothing about the org', '<h1>Prospects</h1>', 'Outreach', 'unknown'],
  ])('%s', (_name, body, title, verdict) => {
    const { facts } = pageAt(APP, body, title);
    expect(appShows(facts, ORGS[1]!, ORGS)).toBe(verdict);
  });

  it('does not tell orgs apart by a login they share (orgs reached through the root)', () => {
    const shared = ORGS.map((org) => ({ ...org, loginEmail: 'jane.doe@acme.com' }));
    const { facts } = pageAt(APP, '<p>jane.doe@acme.com</p>', 'Outreach');
    expect(appShows(facts, shared[1]!, shared)).toBe('unknown');
  });
});

describe('orgNamed', () => {
  it('prefers the id, then the longest name', () => {
    expect(orgNamed('Acme Staging (staging)', ORGS)?.orgId).toBe('org_stg');
    expect(orgNamed('Acme', ORGS)?.orgId).toBe('org_test');
    expect(orgNamed('Acmeville', ORGS)).toBeNull();
    expect(orgNamed('whatever', ORGS, 'org_prod')?.orgId).toBe('org_prod');
  });
});

describe('a hidden email field beside a decoy', () => {
  it('fills neither: the surest candidate is hidden, and a look-alike is never taken instead', () => {
    const { facts } = pageAt(
      LOGIN,
      '<label for="d">Work email</label><input id="d" autocomplete="off"><input id="e" type="email" hidden>',
    );
    expect(emailFieldIndex(facts)).toBe(-1);
  });
});

describe('the app’s account menu', () => {
  const MENU = `<header><details><summary aria-label="Account" data-org-id="org_stg">
    <span data-testid="account-org-name">Acme Staging</span><span data-testid="account-user-email">jane.doe+staging@acme.com</span>
    </summary></details></header><h1>Org info</h1><table><tr><td>jane.doe@acme.com</td></tr><tr><td>jane.doe+test@acme.com</td></tr></table>`;

  it('is read before the page body: an Org info table listing every login decides nothing', () => {
    const { facts } = pageAt(APP, MENU, 'Org info · Acme Staging · Outreach');
    expect(facts.shownEmails).toEqual(['jane.doe+staging@acme.com']);
    expect(appShows(facts, ORGS[1]!, ORGS)).toBe('shows-org');
    expect(appShows(facts, ORGS[2]!, ORGS)).toBe('shows-other');
  });
});
