import { describe, expect, it } from 'vitest';
import type { InstanceGroup } from '../../../lib/directory/schema';
import { inspectLogin } from '../../../lib/switch/inspect-login';

const APP = 'http://app.outreach.localhost:8790';
const group: InstanceGroup = {
  instanceGroupId: 'ig',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: ['', 'a4test', 'staging'].map((tag) => ({
    orgId: tag || 'prod',
    name: tag || 'prod',
    tag,
    loginEmail: tag ? `jane.doe+${tag}@acme.test` : 'jane.doe@acme.test',
    environment: 'staging' as const,
    isPrimary: !tag,
    appUrl: `${APP}/`,
    loginUrl: `${APP}/login`,
  })),
  dropped: [],
  fetchedAt: 0,
};

describe('inspectLogin', () => {
  it('offers the orgs whose login page is this page for the root email, in any case', () => {
    const result = inspectLogin(' Jane.Doe@ACME.test ', group, APP);
    expect(result).toMatchObject({
      kind: 'root',
      orgs: [{ orgId: 'prod' }, { orgId: 'a4test' }, { orgId: 'staging' }],
    });
    expect(JSON.stringify(result)).not.toMatch(/Url/);
  });

  it('marks production orgs askFirst while the production gate is on (issue 14)', () => {
    const withProd = {
      ...group,
      instances: group.instances.map((org) =>
        org.orgId === 'prod' ? { ...org, environment: 'production' as const } : org,
      ),
    };
    const asked = (isOn: boolean) => {
      const result = inspectLogin('jane.doe@acme.test', withProd, APP, { askBeforeProduction: isOn });
      return result.kind === 'root' ? result.orgs.map((org) => [org.orgId, org.askFirst]) : [];
    };
    expect(asked(true)).toEqual([
      ['prod', true],
      ['a4test', false],
      ['staging', false],
    ]);
    expect(asked(false).every(([, askFirst]) => askFirst === false)).toBe(true);
  });

  it.each([
    ['jane.doe-staging@acme.test', /uses '-'/],
    ['jane.doe_staging@acme.test', /uses '_'/],
    ['jane.doe++staging@acme.test', /\+/],
  ])('explains the rule for %s', (typed, message) => {
    expect(inspectLogin(typed, group, APP)).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(message),
    });
  });

  it.each([
    ['a valid alias', 'jane.doe+staging@acme.test', group, APP],
    ['someone else', 'bob@acme.test', group, APP],
    ['half-typed input', 'jane.d', group, APP],
    ['another origin', 'jane.doe@acme.test', group, 'http://evil.outreach.localhost:8790'],
    [
      'a group without the feature',
      'jane.doe@acme.test',
      { ...group, crossInstanceSso: 'requested' as const },
      APP,
    ],
    ['no group', 'jane.doe@acme.test', null, APP],
  ])('offers nothing for %s', (_name, typed, inGroup, origin) => {
    expect(inspectLogin(typed, inGroup, origin)).toEqual({ kind: 'none' });
  });
});
