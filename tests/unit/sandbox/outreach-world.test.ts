import { describe, expect, it } from 'vitest';
import { IDP_PASSWORDS, PASSWORDS } from '../../../sandbox/fixtures';
import { REAL_OUTREACH } from '../../../sandbox/outreach/hosts';
import type { OutreachResponse } from '../../../sandbox/outreach/http';
import { createOutreachWorld } from '../../../sandbox/outreach/world';
import type { OutreachWorld } from '../../../sandbox/outreach/world';
import { isMissingPage } from '../../../lib/site/app-path';

/** A tiny browser over the pure world: a cookie jar per host, no JavaScript. */
class Client {
  private readonly jars = new Map<string, Map<string, string>>();
  constructor(readonly world: OutreachWorld) {}

  request(
    method: string,
    href: string,
    body = '',
    type = 'application/x-www-form-urlencoded',
  ): OutreachResponse {
    const url = new URL(href);
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    this.jars.set(url.host, jar);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = this.world.handle({ method, url, headers: { cookie, 'content-type': type }, body });
    for (const line of response.cookies) {
      const [pair, ...attributes] = line.split('; ');
      const [name, value] = pair!.split('=') as [string, string];
      if (attributes.includes('Max-Age=0')) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Follows redirects like a browser (303 → GET). */
  follow(method: string, href: string, body = ''): { response: OutreachResponse; url: string } {
    let response = this.request(method, href, body);
    let url = href;
    for (let hops = 0; response.headers.location && hops < 10; hops++) {
      url = new URL(response.headers.location, url).href;
      response = this.request('GET', url);
    }
    return { response, url };
  }

  cookieNames(host: string): string[] {
    return [...(this.jars.get(host)?.keys() ?? [])];
  }
}

/** Submits the IdP's POST-back form the way its script does. */
function postBack(client: Client, page: OutreachResponse) {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.body)![1]!;
  const acs = /action="([^"]+)" id="saml-post"/.exec(page.body)![1]!;
  const form = new URLSearchParams({ SAMLResponse: field('SAMLResponse'), RelayState: field('RelayState') });
  return client.follow('POST', acs, form.toString());
}

function passIdp(client: Client, loginPage: { response: OutreachResponse; url: string }, password: string) {
  const url = new URL(loginPage.url);
  const form = new URLSearchParams(url.search);
  form.set('email', 'jane.doe@acme.test');
  form.set('password', password);
  return client.request('POST', `${url.origin}/saml/login`, form.toString());
}

const world = () => createOutreachWorld({ origins: REAL_OUTREACH });

describe('Outreach world: the manual journey without a browser', () => {
  it('signed out, the app redirects to login.outreach.io', () => {
    const client = new Client(world());
    const response = client.request('GET', 'https://web.outreach.io/prospects/1/overview');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('https://login.outreach.io/');
  });

  it('jane: email → IdP password → selection window → Next → the app in that org; one password prompt', () => {
    const w = world();
    const client = new Client(w);
    const idp = client.follow('POST', 'https://login.outreach.io/', 'email=jane.doe%40acme.test');
    expect(idp.url).toMatch(/^https:\/\/idp\.acme\.example\/saml\/login\?/);
    expect(idp.response.body).toContain('value="jane.doe@acme.test"');

    const wrong = passIdp(client, idp, 'nope');
    expect(wrong.status).toBe(422);
    const selection = postBack(client, passIdp(client, idp, IDP_PASSWORDS.jane));
    expect(selection.url).toBe('https://login.outreach.io/instances');
    for (const name of ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2']) {
      expect(selection.response.body).toContain(`>${name}</label>`);
    }

    const app = client.follow('POST', 'https://login.outreach.io/instances', 'org=org_acme_staging');
    expect(app.url).toBe('https://web.outreach.io/');
    expect(app.response.body).toContain('<span data-testid="account-org-name">Acme Staging</span>');
    expect(app.response.body).toContain('jane.doe+staging@acme.test');
    expect(client.cookieNames('login.outreach.io')).toEqual([]);
    expect(client.cookieNames('web.outreach.io')).toEqual(['outreach_session']);
    expect(w.passwordPrompts).toBe(2); // the first page and the retry after the wrong password
  });

  it('the IdP session is reused: after sign-out an alias passes SSO without a password page', () => {
    const w = world();
    const client = new Client(w);
    const idp = client.follow('POST', 'https://login.outreach.io/', 'email=jane.doe%2Ba4test%40acme.test');
    const app = postBack(client, passIdp(client, idp, IDP_PASSWORDS.jane));
    expect(app.response.body).toContain('>Acme A4 Test</span>');
    client.follow('GET', 'https://web.outreach.io/logout');
    expect(client.follow('GET', 'https://web.outreach.io/').url).toBe('https://login.outreach.io/');

    const again = client.follow('POST', 'https://login.outreach.io/', 'email=jane.doe%2Bstaging%40acme.test');
    expect(again.response.body).toContain('id="saml-post"');
    const second = postBack(client, again.response);
    expect(second.response.body).toContain('>Acme Staging</span>');
    expect(w.passwordPrompts).toBe(1);
  });

  it('password domains: the password step, then carol (group only requested) lands in her org', () => {
    const client = new Client(world());
    const step = client.follow('POST', 'https://login.outreach.io/', 'email=carol%40globex.test');
    expect(step.url).toBe('https://login.outreach.io/password');
    expect(step.response.body).toContain('autocomplete="current-password"');
    const bad = client.request('POST', 'https://login.outreach.io/password', 'password=x');
    expect(bad.body).toContain('Wrong email or password.');
    const app = client.follow('POST', 'https://login.outreach.io/password', `password=${PASSWORDS.carol}`);
    expect(app.response.body).toContain('>Globex Production</span>');
  });

  it('dave: the selection window offers only `+`-linked orgs (not dave-staging)', () => {
    const client = new Client(world());
    client.follow('POST', 'https://login.outreach.io/', 'email=dave%40initech.test');
    const selection = client.follow(
      'POST',
      'https://login.outreach.io/password',
      `password=${PASSWORDS.dave}`,
    );
    expect(selection.url).toBe('https://login.outreach.io/instances');
    expect(selection.response.body).toContain('Initech Test');
    expect(selection.response.body).not.toContain('Initech Staging');
    const refused = client.request('POST', 'https://login.outreach.io/instances', 'org=org_initech_staging');
    expect(refused.status).toBe(422);
    expect(refused.body).toContain('Select an org to continue.');
  });

  it('an unknown email stays on the email step with an error; JSON callers get { error }', () => {
    const client = new Client(world());
    const page = client.request('POST', 'https://login.outreach.io/', 'email=nobody%40acme.test');
    expect(page.status).toBe(422);
    expect(page.body).toContain('find an account with that email');
    const json = client.request(
      'POST',
      'https://login.outreach.io/api/identify',
      '{"email":""}',
      'application/json',
    );
    expect(JSON.parse(json.body)).toEqual({ error: 'Enter your email address.' });
  });

  it('the script-driven endpoints answer { next } and set the same cookies', () => {
    const client = new Client(world());
    const answer = client.request(
      'POST',
      'https://login.outreach.io/api/identify',
      '{"email":"carol@globex.test"}',
      'application/json',
    );
    expect(JSON.parse(answer.body)).toEqual({ next: 'https://login.outreach.io/password' });
    expect(client.cookieNames('login.outreach.io')).toEqual(['outreach_login']);
  });

  it('a forged or replayed IdP answer is refused', () => {
    const client = new Client(world());
    const idp = client.follow('POST', 'https://login.outreach.io/', 'email=jane.doe%40acme.test');
    const page = passIdp(client, idp, IDP_PASSWORDS.jane);
    const tampered = page.body.replace(
      /name="SAMLResponse" value="([^".]*)\./,
      'name="SAMLResponse" value="e30.',
    );
    expect(postBack(client, { ...page, body: tampered }).response.status).toBe(400);
    expect(postBack(client, page).url).toBe('https://login.outreach.io/instances');
  });
});

describe('Outreach world: legacy Devise page, switches, app pages', () => {
  it('Devise: user_email, then user_password on the same URL, then the selection window at /users/instances', () => {
    const client = new Client(world());
    expect(client.request('GET', 'https://accounts.outreach.io/users/sign_in').body).toContain(
      'id="user_email"',
    );
    const step = client.request(
      'POST',
      'https://accounts.outreach.io/users/sign_in',
      'user%5Bemail%5D=dave%40initech.test',
    );
    expect(step.body).toContain('id="user_password"');
    const form = `user%5Bemail%5D=dave%40initech.test&user%5Bpassword%5D=${PASSWORDS.dave}`;
    const selection = client.follow('POST', 'https://accounts.outreach.io/users/sign_in', form);
    expect(selection.url).toBe('https://accounts.outreach.io/users/instances');
    const app = client.follow('POST', 'https://accounts.outreach.io/users/instances', 'org=org_initech_test');
    expect(app.response.body).toContain('>Initech Test</span>');
  });

  it('legacy "moved": /users/sign_in redirects to login.outreach.io; the cookie switch wins per browser', () => {
    const w = createOutreachWorld({ origins: REAL_OUTREACH, switches: { legacy: 'moved' } });
    const moved = w.handle({
      method: 'GET',
      url: new URL('https://accounts.outreach.io/users/sign_in'),
      headers: {},
      body: '',
    });
    expect([moved.status, moved.headers.location]).toEqual([302, 'https://login.outreach.io/']);
    const devise = w.handle({
      method: 'GET',
      url: new URL('https://accounts.outreach.io/users/sign_in'),
      headers: { cookie: 'outreach_sandbox=legacy%3Ddevise' },
      body: '',
    });
    expect(devise.status).toBe(200);
  });

  it('Org info shows Cross-instance SSO to admins only', () => {
    const admin = new Client(world());
    admin.follow('POST', 'https://login.outreach.io/', 'email=carol%40globex.test');
    admin.follow('POST', 'https://login.outreach.io/password', `password=${PASSWORDS.carol}`);
    const info = admin.request('GET', 'https://web.outreach.io/admin/org-info').body;
    expect(info).toContain('<span data-testid="cross-instance-status">Requested</span>');
    expect(info).toContain('<span data-testid="instance-group-id">ig_globex_21c8</span>');

    const w = world();
    const bob = new Client(w);
    const idp = bob.follow('POST', 'https://login.outreach.io/', 'email=bob%40acme.test');
    const form = new URLSearchParams(new URL(idp.url).search);
    form.set('email', 'bob@acme.test');
    form.set('password', IDP_PASSWORDS.bob);
    postBack(bob, bob.request('POST', 'https://idp.acme.example/saml/login', form.toString()));
    const bobInfo = bob.request('GET', 'https://web.outreach.io/admin/org-info').body;
    expect(bobInfo).toContain('>Acme Production<');
    expect(bobInfo).not.toContain('Cross-instance SSO');
  });

  it('the IdP can be switched down', () => {
    const w = createOutreachWorld({ origins: REAL_OUTREACH, switches: { idpDown: true } });
    const response = w.handle({
      method: 'GET',
      url: new URL('https://idp.acme.example/saml/sso'),
      headers: {},
      body: '',
    });
    expect(response.status).toBe(503);
  });

  it('hosts it does not know answer 404', () => {
    const response = world().handle({
      method: 'GET',
      url: new URL('https://api.outreach.io/api/v2'),
      headers: {},
      body: '',
    });
    expect(response.status).toBe(404);
  });
});

describe('Outreach world: which app paths exist in which org (open this page in another org)', () => {
  /** jane signed in to `org` through the selection window. */
  function janeIn(org: string): Client {
    const client = new Client(world());
    const idp = client.follow('POST', 'https://login.outreach.io/', 'email=jane.doe%40acme.test');
    postBack(client, passIdp(client, idp, IDP_PASSWORDS.jane));
    client.follow('POST', 'https://login.outreach.io/instances', `org=${org}`);
    return client;
  }

  /** What the extension's site adapter reads: the title and the headings. */
  const facts = (body: string) => ({
    title: /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? '',
    headings: [...body.matchAll(/<h[1-6][^>]*>([^<]*)<\/h[1-6]>/g)].map((m) => m[1]!),
  });

  it.each([
    ['org_acme_prod', '/prospects/123/overview', 200, 'Ada Lovelace'],
    ['org_acme_staging', '/prospects/123/overview', 200, 'Ada Lovelace (staging copy)'],
    ['org_acme_staging', '/prospects/123', 200, 'Ada Lovelace (staging copy)'],
    ['org_acme_a4test', '/prospects/123/overview', 404, 'Page not found'],
    ['org_acme_staging', '/prospects/124/overview', 404, 'Page not found'],
    ['org_acme_prod', '/prospects/123/no-such-tab', 404, 'Page not found'],
    ['org_acme_a4test', '/sequences/4/overview', 200, 'Q4 outbound (test copy)'],
    ['org_acme_a4test', '/no/such/page', 404, 'Page not found'],
    ['org_acme_a4test', '/sequences', 200, 'Sequences'],
    ['org_acme_a4test', '/', 200, 'Home'],
  ])('%s %s → %i, heading "%s"', (org, path, status, heading) => {
    const response = janeIn(org).request('GET', `https://web.outreach.io${path}`);
    expect(response.status).toBe(status);
    expect(facts(response.body).headings[0]).toBe(heading);
    // The extension reads exactly the 404s as a missing page; the org's header is on both.
    expect(isMissingPage(facts(response.body))).toBe(status === 404);
    expect(response.body).toContain('data-testid="account-org-name"');
  });

  it('signed out, a missing path still redirects to the login page first', () => {
    const response = new Client(world()).request('GET', 'https://web.outreach.io/no/such/page');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('https://login.outreach.io/');
  });
});
