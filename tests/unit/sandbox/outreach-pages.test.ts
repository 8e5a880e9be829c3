import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appPage, orgInfoPage, titleForPath } from '../../../sandbox/outreach/app-pages';
import type { AppView } from '../../../sandbox/outreach/app-pages';
import { hostRole, localOutreachOrigins, REAL_OUTREACH } from '../../../sandbox/outreach/hosts';
import { asClientRedirect, redirectTo, requestCookies } from '../../../sandbox/outreach/http';
import {
  deviseEmailPage,
  devisePasswordPage,
  emailStepPage,
  passwordStepPage,
} from '../../../sandbox/outreach/login-pages';
import { signAssertion, verifyAssertion } from '../../../sandbox/outreach/saml';
import { selectionPage } from '../../../sandbox/outreach/select-pages';
import type { SelectionOptions } from '../../../sandbox/outreach/select-pages';
import {
  parseSwitchCookie,
  SELECT_MARKUPS,
  switchCookieValue,
  SwitchState,
} from '../../../sandbox/outreach/switches';

const ORGS = [
  { orgId: 'org_a', name: 'Acme Production' },
  { orgId: 'org_b', name: 'Acme <Staging> & "Co"' },
];

const selection = (markup: SelectionOptions['markup']) =>
  selectionPage({ markup, rootEmail: 'jane.doe@acme.test', orgs: ORGS, base: '' });

describe('login pages', () => {
  it('form markup: one email field and a submit Continue inside a <form>', () => {
    const page = emailStepPage({ markup: 'form' });
    expect(page).toContain('<title>Outreach</title>');
    expect(page).toContain('<h2>Sign in</h2>');
    expect(page.match(/<form /g)).toHaveLength(1);
    expect(page).toContain('type="email" autocomplete="username"');
    expect(page).toContain('<button type="submit">Continue</button>');
    expect(page).toMatch(/Status<\/a>[\s\S]*Terms<\/a>[\s\S]*Privacy<\/a>/);
  });

  it('react markup: no <form>, the field and a button type=button are rendered by script', () => {
    const page = emailStepPage({ markup: 'react' });
    expect(page).not.toContain('<form');
    expect(page).toContain('<div id="root"></div>');
    expect(page).toContain('"button":"Continue"');
    expect(page).toContain('"endpoint":"/api/identify"');
    expect(page).toContain("button.type = 'button'");
    expect(page).toContain("Object.defineProperty(input, 'value'");
  });

  it('password steps and Devise pages carry the documented fields, values escaped', () => {
    expect(passwordStepPage({ markup: 'form', email: 'a@b.test' })).toContain('id="password"');
    expect(passwordStepPage({ markup: 'react', email: 'a@b.test' })).toContain('"endpoint":"/api/password"');
    expect(deviseEmailPage()).toMatch(/id="user_email"\s+name="user\[email\]"/);
    const step2 = devisePasswordPage({ email: '"><script>x</script>' });
    expect(step2).toContain('id="user_password" name="user[password]"');
    expect(step2).not.toContain('<script>x</script>');
  });

  it('the `unlabelled` fault: nothing says "email" (no type, label, autocomplete or id)', () => {
    const page = emailStepPage({ markup: 'unlabelled' });
    expect(page).toContain('<input name="email" type="text" placeholder="you@company.com" />');
    expect(page).not.toMatch(/type="email"|autocomplete=|<label|id="email"|Continue/);
  });

  it('page data cannot close its <script>', () => {
    const page = emailStepPage({ markup: 'react', error: '</script><img src=x>' });
    expect(page).not.toContain('</script><img');
  });
});

describe('the selection window in each markup', () => {
  it.each(SELECT_MARKUPS)('%s: heading, the root email and every org name (escaped)', (markup) => {
    const page = selection(markup);
    expect(page).toContain('<h2>Select an org</h2>');
    expect(page).toContain('jane.doe@acme.test');
    expect(page).toContain('Acme Production');
    expect(page).toContain('Acme &lt;Staging&gt; &amp; &quot;Co&quot;');
    expect(page).not.toContain('<Staging>');
  });

  it('radios: a form of radio inputs with labels and a submit Next', () => {
    const page = selection('radios');
    expect(page).toContain('<input type="radio" name="org" id="org-org_a" value="org_a" />');
    expect(page).toContain('<label for="org-org_a">Acme Production</label>');
    expect(page).toContain('<button type="submit">Next</button>');
  });

  it('cards: role=option in a listbox, a disabled script Next, no form', () => {
    const page = selection('cards');
    expect(page).toContain('role="listbox"');
    expect(page).toContain('role="option" aria-selected="false" tabindex="0" data-org-id="org_a"');
    expect(page).toContain('<button type="button" id="next" disabled>Next</button>');
    expect(page).not.toContain('<form');
  });

  it('tiles: role=button with data-value', () => {
    expect(selection('tiles')).toContain(
      'role="button" aria-pressed="false" tabindex="0" data-value="org_b"',
    );
  });

  it('select: a labelled <select> with a blank first option', () => {
    const page = selection('select');
    expect(page).toContain('<select id="org-select" name="org">');
    expect(page).toContain('<option value="">Choose an org</option>');
    expect(page).toContain('<option value="org_a">Acme Production</option>');
  });

  it('the `empty` fault: heading and a disabled Next, but no org to pick', () => {
    const page = selection('empty');
    expect(page).toContain('Loading orgs…');
    expect(page).not.toContain('Acme Production');
  });

  it('links: one link per org, under the host base, and no Next', () => {
    const page = selectionPage({ markup: 'links', rootEmail: 'r@x.test', orgs: ORGS, base: '/users' });
    expect(page).toContain('<a href="/users/instances/org_a">Acme Production</a>');
    expect(page).not.toContain('Next');
  });
});

describe('app pages', () => {
  const view: AppView = {
    login: 'jane.doe+staging@acme.test',
    orgId: 'org_acme_staging',
    orgName: 'Acme Staging',
    isAdmin: true,
    signIn: 'sso',
    group: {
      instanceGroupId: 'ig_acme_7f3a',
      status: 'enabled',
      orgs: [{ orgId: 'org_acme_staging', name: 'Acme Staging', login: 'jane.doe+staging@acme.test' }],
    },
  };

  it('every page shows which org and which login in the account menu', () => {
    const page = appPage(view, '/sequences/4/overview');
    expect(page).toContain('<title>Sequences · Acme Staging · Outreach</title>');
    expect(page).toContain('data-org-id="org_acme_staging"');
    expect(page).toContain('<span data-testid="account-org-name">Acme Staging</span>');
    expect(page).toContain('<span data-testid="account-user-email">jane.doe+staging@acme.test</span>');
    expect(page).toContain('<a href="/logout">Sign out</a>');
  });

  it('the `unmarked` fault: no org name or login on app pages', () => {
    const page = appPage({ ...view, markup: 'unmarked' }, '/');
    expect(page).not.toContain('Acme Staging');
    expect(page).not.toContain('jane.doe+staging@acme.test');
    expect(page).toContain('<a href="/logout">Sign out</a>');
  });

  it('Org info: Cross-instance SSO status and Instance Group ID for admins only', () => {
    expect(orgInfoPage(view)).toContain('<span data-testid="cross-instance-status">Enabled</span>');
    expect(orgInfoPage(view)).toContain('<span data-testid="instance-group-id">ig_acme_7f3a</span>');
    expect(orgInfoPage({ ...view, isAdmin: false })).not.toContain('Cross-instance SSO');
  });

  it.each([
    ['/', 'Home'],
    ['/prospects/12/overview', 'Prospects'],
    ['/admin-exp/users', 'Admin exp'],
  ])('titleForPath(%s) = %s', (path, title) => {
    expect(titleForPath(path)).toBe(title);
  });
});

describe('switches, hosts, redirects, SAML', () => {
  it('the switch cookie round-trips and ignores bad entries', () => {
    expect(parseSwitchCookie(switchCookieValue({ login: 'react', select: 'links', idpDown: true }))).toEqual({
      login: 'react',
      select: 'links',
      idpDown: true,
    });
    expect(parseSwitchCookie('login=vue&select=cards&evil=1')).toEqual({ select: 'cards' });
    expect(parseSwitchCookie(undefined)).toEqual({});
  });

  it('SwitchState merges over the defaults and resets', () => {
    const state = new SwitchState({ select: 'tiles' });
    expect(state.merge({ legacy: 'moved' })).toEqual({
      login: 'form',
      select: 'tiles',
      app: 'menu',
      legacy: 'moved',
      idpDown: false,
    });
    state.reset();
    expect(state.get().select).toBe('radios');
  });

  it('hostRole knows the four hosts and the shard hosts, and nothing else', () => {
    expect(hostRole(REAL_OUTREACH, new URL('https://login.outreach.io/x'))).toBe('login');
    expect(hostRole(REAL_OUTREACH, new URL('https://app1e.outreach.io/'))).toBe('web');
    expect(hostRole(REAL_OUTREACH, new URL('https://app.outreach.io/'))).toBeNull();
    expect(hostRole(REAL_OUTREACH, new URL('http://web.outreach.io/'))).toBeNull();
    expect(hostRole(localOutreachOrigins(8806), new URL('http://idp.localhost:8806/saml/sso'))).toBe('idp');
  });

  it('asClientRedirect keeps the cookies and navigates by script, with escaping', () => {
    const page = asClientRedirect(redirectTo('https://login.outreach.io/?a=1&b="</script>', ['c=1']));
    expect(page.status).toBe(200);
    expect(page.cookies).toEqual(['c=1']);
    expect(page.body).toContain('location.replace("https://login.outreach.io/?a=1&b=\\"\\u003c/script>")');
    expect(page.body).toContain('content="0; url=https://login.outreach.io/?a=1&amp;b=&quot;&lt;/script>"');
    const plain = { status: 200, headers: {}, cookies: [], body: 'x' };
    expect(asClientRedirect(plain)).toBe(plain);
  });

  it('requestCookies: first wins, bad escapes are kept raw', () => {
    const jar = requestCookies({
      method: 'GET',
      url: new URL('https://x.test/'),
      headers: { cookie: 'a=1; a=2; b=%E0%A4%A' },
      body: '',
    });
    expect(jar.get('a')).toBe('1');
    expect(jar.get('b')).toBe('%E0%A4%A');
  });

  it('a signed assertion verifies; any change to it does not', () => {
    const key = Buffer.alloc(32, 7);
    const signed = signAssertion(key, {
      inResponseTo: 'r1',
      nameId: 'jane.doe@acme.test',
      audience: 'https://l/acs',
    });
    expect(verifyAssertion(key, signed)?.nameId).toBe('jane.doe@acme.test');
    expect(verifyAssertion(Buffer.alloc(32, 8), signed)).toBeNull();
    fc.assert(
      fc.property(fc.nat(signed.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (at, char) => {
        const changed = signed.slice(0, at) + char + signed.slice(at + 1);
        return changed === signed || verifyAssertion(key, changed) === null;
      }),
    );
  });
});
