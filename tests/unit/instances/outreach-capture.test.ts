import { describe, expect, it } from 'vitest';
import { OUTREACH_PROFILE } from '../../../lib/connection/profiles';
import type { InstanceGroup } from '../../../lib/directory/schema';
import { buildCapturedGroup, describeOffer, guessEnvironment } from '../../../lib/instances/outreach-capture';

const ROOT = 'jane.doe@acme.com';
const OFFERED = [
  { name: 'Acme Production', value: 'org_prod' },
  { name: 'Acme Staging', value: 'org_stg' },
  { name: 'Acme New', value: null },
];
const CURRENT: InstanceGroup = {
  instanceGroupId: 'manual:jane.doe@acme.com',
  rootEmail: ROOT,
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'manual',
  dropped: [],
  fetchedAt: 1,
  instances: [
    {
      orgId: 'manual:staging',
      name: 'Acme Staging',
      loginEmail: 'jane.doe+staging@acme.com',
      tag: 'staging',
      environment: 'staging',
      isPrimary: false,
      appUrl: 'https://app1a.outreach.io/',
      loginUrl: 'https://login.outreach.io/',
      colour: '#aa0000',
    },
    {
      orgId: 'manual:old',
      name: 'Acme Old',
      loginEmail: 'jane.doe+old@acme.com',
      tag: 'old',
      environment: 'test',
      isPrimary: false,
      appUrl: 'https://web.outreach.io/',
      loginUrl: 'https://login.outreach.io/',
    },
  ],
};
const OPTIONS = { profile: OUTREACH_PROFILE, now: 5 };

describe('describeOffer', () => {
  it('marks new orgs, keeps known tags, and lists the orgs that would go', () => {
    expect(describeOffer(OFFERED, ROOT, CURRENT)).toEqual({
      rootEmail: ROOT,
      orgs: [
        { name: 'Acme Production', value: 'org_prod', tag: null, isNew: true },
        { name: 'Acme Staging', value: 'org_stg', tag: 'staging', isNew: false },
        { name: 'Acme New', value: null, tag: null, isNew: true },
      ],
      removed: ['Acme Old'],
    });
  });

  it('merges nothing from the list of another root email', () => {
    const offer = describeOffer(OFFERED, 'someone@else.com', CURRENT);
    expect(offer.removed).toEqual([]);
    expect(offer.orgs.every((org) => org.isNew)).toBe(true);
  });
});

describe('buildCapturedGroup', () => {
  it('keeps what the person entered (tag, environment, colour, URLs), adds new orgs, drops vanished ones', () => {
    const built = buildCapturedGroup(OFFERED, ROOT, CURRENT, { ...OPTIONS, tags: { 'Acme New': '+new' } });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.group).toMatchObject({ source: 'outreach-page', rootEmail: ROOT, fetchedAt: 5 });
    expect(built.group.instances.map((org) => [org.name, org.loginEmail])).toEqual([
      ['Acme Production', ROOT],
      ['Acme Staging', 'jane.doe+staging@acme.com'],
      ['Acme New', 'jane.doe+new@acme.com'],
    ]);
    expect(built.group.instances[1]).toMatchObject({
      orgId: 'manual:staging',
      colour: '#aa0000',
      environment: 'staging',
      appUrl: 'https://app1a.outreach.io/',
    });
    expect(built.group.instances[2]).toMatchObject({
      orgId: 'outreach:acme-new',
      appUrl: 'https://web.outreach.io/',
      loginUrl: 'https://login.outreach.io/',
    });
  });

  it.each([
    ['a tag that carries another domain', 'new@evil.example'],
    ['a tag with a space', 'new one'],
  ])('rejects %s by the + rule, and builds nothing', (_name, tag) => {
    const built = buildCapturedGroup(OFFERED, ROOT, CURRENT, { ...OPTIONS, tags: { 'Acme New': tag } });
    expect(built.ok).toBe(false);
  });

  it('rejects a root email the alias rules refuse', () => {
    expect(buildCapturedGroup(OFFERED, 'not an email', null, OPTIONS).ok).toBe(false);
  });

  it('keeps two orgs offered under one name apart', () => {
    const built = buildCapturedGroup(
      [
        { name: 'Acme', value: null },
        { name: 'Acme', value: null },
      ],
      ROOT,
      null,
      OPTIONS,
    );
    expect(built.ok && built.group.instances.map((org) => org.orgId)).toEqual([
      'outreach:acme',
      'outreach:acme~2',
    ]);
  });
});

describe('guessEnvironment', () => {
  it.each([
    ['Acme Staging 2', 'staging'],
    ['Acme A4 Test', 'test'],
    ['Acme Sandbox', 'sandbox'],
    ['Acme Production', 'production'],
  ] as const)('%s → %s', (name, environment) => expect(guessEnvironment(name)).toBe(environment));
});
