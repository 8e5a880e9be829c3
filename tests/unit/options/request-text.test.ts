import { describe, expect, it } from 'vitest';
import { requestText } from '../../../lib/options/request-text';
import type { RequestInput } from '../../../lib/options/request-text';
import { translate } from './messages';

const JANE: RequestInput = {
  companyName: 'Acme',
  rootEmail: 'jane.doe@acme.test',
  primaryLogin: 'jane.doe@acme.test',
  orgs: [
    { login: 'jane.doe@acme.test', tag: '', name: 'Acme Production' },
    { login: 'jane.doe+a4test@acme.test', tag: 'a4test', name: 'Acme A4 Test' },
    { login: 'jane.doe+staging@acme.test', tag: 'staging', name: 'Acme Staging' },
  ],
};

describe('requestText', () => {
  it('writes the description the help article asks for', () => {
    const { text, gaps } = requestText(JANE, translate);
    expect(text).toBe(
      [
        'Enable Cross-instance SSO for Acme.',
        '',
        'Please link these Outreach orgs (root email: jane.doe@acme.test):',
        '- Acme Production: jane.doe@acme.test (production org, where the root email resides)',
        '- Acme A4 Test: jane.doe+a4test@acme.test',
        '- Acme Staging: jane.doe+staging@acme.test',
        '',
        'Primary login: jane.doe@acme.test (Acme Production).',
      ].join('\n'),
    );
    expect(gaps).toEqual([]);
  });

  it('names another primary login when one is chosen', () => {
    const { text } = requestText({ ...JANE, primaryLogin: 'jane.doe+staging@acme.test' }, translate);
    expect(text).toContain('Primary login: jane.doe+staging@acme.test (Acme Staging).');
  });

  it("keeps the article's placeholders and lists what is missing", () => {
    const orgs = [{ login: 'jane.doe+staging@acme.test', tag: 'staging', name: ' ' }];
    const { text, gaps } = requestText(
      { ...JANE, companyName: '', orgs, primaryLogin: 'nobody@acme.test' },
      translate,
    );
    expect(text).toContain('Enable Cross-instance SSO for <Company Name>.');
    expect(text).toContain('- <org name>: jane.doe+staging@acme.test');
    expect(text).not.toContain('Primary login');
    expect(gaps).toEqual(['company', 'names', 'primary', 'production']);
  });

  it('asks for orgs when no login was checked', () => {
    expect(requestText({ ...JANE, orgs: [] }, translate).gaps).toEqual(['orgs', 'primary']);
  });
});
