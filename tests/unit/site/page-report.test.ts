import { describe, expect, it } from 'vitest';
import { pageReport } from '../../../lib/site/page-report';
import { pageAt } from './fixtures';

const SECRET_PAGE = `<main role="main"><h1>Welcome back, Jane Secretname</h1>
  <p>Your balance is 1234567 and this paragraph is private text.</p>
  <form action="/s?token=formtoken42"><input type="hidden" name="authenticity_token" value="csrf-SECRET-1">
  <label for="e">Email</label><input id="e" type="email" name="user[email]" value="jane.doe+staging@acme.com">
  <input id="p" type="password" name="user[password]" value="hunter2-PASSWORD">
  <textarea name="note">typed note VALUE</textarea>
  <select name="org"><option value="org_secret_value" selected>Acme Production</option></select>
  <button type="button" data-token="dataattr-SECRET">Continue</button></form>
  <a href="/reset?token=linktoken99">Forgot password?</a></main>`;

describe('pageReport', () => {
  const page = () => {
    const { doc } = pageAt(
      'https://login.outreach.io/users/sign_in?session=querySECRET#hashSECRET',
      SECRET_PAGE,
    );
    doc.cookie = 'sid=cookieSECRET; path=/';
    return doc;
  };

  it('keeps the structure: tags, ids, names, types, roles, labels and button texts', () => {
    const report = pageReport(page(), { missing: 'the email field' });
    expect(report).toContain('page: https://login.outreach.io/users/sign_in');
    expect(report).toContain('not found: the email field');
    expect(report).toContain('input#e name="user[email]" type="email" label="Email"');
    expect(report).toContain('input#p name="user[password]" type="password"');
    expect(report).toContain('button type="button" text="Continue"');
    expect(report).toContain('option text="Acme Production"');
    expect(report).toContain('main role="main"');
  });

  it('never carries a value, a cookie, a query, a link target or page text beyond labels', () => {
    const doc = page();
    expect(doc.cookie).toContain('cookieSECRET');
    const report = pageReport(doc);
    for (const secret of [
      'cookieSECRET',
      'querySECRET',
      'hashSECRET',
      'csrf-SECRET',
      'jane.doe',
      'hunter2',
      'VALUE',
      'org_secret_value',
      'dataattr-SECRET',
      'linktoken99',
      'formtoken42',
      'Secretname',
      '1234567',
      'private text',
    ]) {
      expect(report).not.toContain(secret);
    }
  });
});
