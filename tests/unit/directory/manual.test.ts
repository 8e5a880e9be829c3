import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTREACH_PROFILE, sandboxProfile } from '../../../lib/connection/profiles';
import {
  buildManualGroup,
  InstanceGroupSchema,
  manualListFromGroup,
  parseManualJson,
  validateGroup,
} from '../../../lib/directory';
import type { ManualList } from '../../../lib/directory';
import { janeResponse, NOW, SANDBOX_HOSTS } from './fixtures';

const OPTIONS = { profile: OUTREACH_PROFILE, now: NOW };

function janeList(instances?: ManualList['instances']): ManualList {
  return {
    version: 1,
    rootEmail: 'jane.doe@acme.test',
    companyName: 'Acme',
    instances: instances ?? [
      { name: 'Acme Production', tag: '', environment: 'production', primary: true },
      { name: 'Acme A4 Test', tag: 'a4test', environment: 'test', colour: '#1a73e8' },
      { name: 'Acme Staging', tag: 'staging', environment: 'staging', orgId: 'org_acme_staging' },
      { name: 'Acme Staging 2', tag: 'staging2', environment: 'staging' },
    ],
  };
}

function built(list: unknown, options = OPTIONS) {
  const result = buildManualGroup(list, options);
  if (!result.ok) throw new Error(`expected a group, got ${JSON.stringify(result.errors)}`);
  expect(InstanceGroupSchema.parse(result.group)).toEqual(result.group);
  return result.group;
}

function errorsOf(list: unknown) {
  const result = buildManualGroup(list, OPTIONS);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('buildManualGroup', () => {
  it('builds the group with logins, default ids and the profile URLs', () => {
    const group = built(janeList());
    expect(group).toMatchObject({
      instanceGroupId: 'manual:jane.doe@acme.test',
      rootEmail: 'jane.doe@acme.test',
      crossInstanceSso: 'enabled',
      role: 'admin',
      source: 'manual',
      dropped: [],
      fetchedAt: NOW,
    });
    expect(group.instances.map((i) => [i.orgId, i.loginEmail, i.tag, i.isPrimary])).toEqual([
      ['manual:root', 'jane.doe@acme.test', '', true],
      ['manual:a4test', 'jane.doe+a4test@acme.test', 'a4test', false],
      ['org_acme_staging', 'jane.doe+staging@acme.test', 'staging', false],
      ['manual:staging2', 'jane.doe+staging2@acme.test', 'staging2', false],
    ]);
    expect(group.instances[1]).toMatchObject({
      appUrl: OUTREACH_PROFILE.appUrl,
      loginUrl: OUTREACH_PROFILE.loginUrl,
      colour: '#1a73e8',
    });
  });

  it('uses an entry’s own URLs when they are inside the allowed hosts', () => {
    const group = built(
      janeList([{ name: 'EU', tag: 'eu', environment: 'production', appUrl: 'https://eu.outreach.io/' }]),
    );
    expect(group.instances[0]?.appUrl).toBe('https://eu.outreach.io/');
  });

  it.each([
    ['a tag with a space', { tag: 'stag ing' }, 'tag'],
    ['a tag with a second +', { tag: 'a+b' }, 'tag'],
    ['a tag with an @', { tag: 'a@evil.test' }, 'tag'],
    ['a javascript: appUrl', { appUrl: 'javascript:alert(1)' }, 'appUrl'],
    ['a foreign loginUrl', { loginUrl: 'https://evil.example/login' }, 'loginUrl'],
    ['an unknown environment', { environment: 'prod' }, 'environment'],
    ['an empty name', { name: '  ' }, 'name'],
    ['a bad colour', { colour: 'red' }, 'colour'],
  ])('fails the whole list on %s, naming entry and field', (_label, change, field) => {
    const list = janeList();
    list.instances[2] = { ...list.instances[2], ...change } as ManualList['instances'][number];
    const errors = errorsOf(list);
    expect(errors).toEqual([expect.objectContaining({ entry: 3, field })]);
    expect(errors[0]?.message.length).toBeGreaterThan(5);
  });

  it.each([
    ['a repeated tag', [{ tag: 'staging' }, { tag: 'Staging' }], 'tag', /already used by instance 1/],
    ['two root logins without their own orgIds', [{ tag: '' }, { tag: '' }], 'tag', /root login.*own tag/],
    [
      'a repeated orgId',
      [
        { tag: 'a', orgId: 'org_1' },
        { tag: 'b', orgId: 'org_1' },
      ],
      'orgId',
      /instance 1/,
    ],
    [
      'two primaries',
      [
        { tag: 'a', primary: true },
        { tag: 'b', primary: true },
      ],
      'primary',
      /instance 1/,
    ],
  ])('refuses %s', (_label, changes, field, message) => {
    const instances = changes.map((change, at) => ({
      name: `Org ${at}`,
      environment: 'test' as const,
      ...change,
    }));
    expect(errorsOf(janeList(instances))).toEqual([
      { entry: 2, field, message: expect.stringMatching(message) },
    ]);
  });

  it('accepts several orgs on the root login when each has its own orgId (captured from the selection window)', () => {
    const group = built(
      janeList([
        { name: 'Acme EU', tag: '', orgId: 'outreach:acme-eu', environment: 'production' },
        { name: 'Acme US', tag: '', orgId: 'outreach:acme-us', environment: 'production' },
      ]),
    );
    expect(group.instances.map((org) => [org.orgId, org.loginEmail])).toEqual([
      ['outreach:acme-eu', group.rootEmail],
      ['outreach:acme-us', group.rootEmail],
    ]);
  });

  it('reports every bad entry at once', () => {
    const list = janeList();
    list.instances[0] = { ...list.instances[0]!, tag: 'staging' };
    list.instances[3] = { ...list.instances[3]!, loginUrl: 'data:text/html,x' };
    (list.instances[1] as Record<string, unknown>)['environment'] = 'prod';
    expect(errorsOf(list).map((e) => [e.entry, e.field])).toEqual([
      [2, 'environment'],
      [3, 'tag'],
      [4, 'loginUrl'],
    ]);
  });

  it.each([
    ['a bad root email', { rootEmail: 'jane' }, 'rootEmail'],
    ['a root email with a tag', { rootEmail: 'jane.doe+x@acme.test' }, 'rootEmail'],
    ['no instances', { instances: [] }, 'instances'],
    ['a wrong version', { version: 2 }, 'version'],
  ])('refuses %s at the top level', (_label, change, field) => {
    expect(errorsOf({ ...janeList(), ...change })).toEqual([expect.objectContaining({ entry: null, field })]);
  });

  it.each([null, 'list', 42, []])('refuses %j as a whole', (value) => {
    expect(errorsOf(value)).toEqual([expect.objectContaining({ entry: null, field: '(file)' })]);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = buildManualGroup(value, { profile: sandboxProfile(), now: NOW });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('parseManualJson', () => {
  it('reads a valid file', () => {
    expect(parseManualJson(JSON.stringify(janeList()))).toEqual({ ok: true, list: janeList() });
  });

  it.each(['{"version": 1,', '', 'not json', '{"a":1}}'])('reports a syntax error in %j', (text) => {
    const result = parseManualJson(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        { entry: null, field: '(file)', message: expect.stringMatching(/^The file is not valid JSON/) },
      ],
    });
  });

  it('names the entry and field of a shape error', () => {
    const list = { ...janeList(), instances: [{ name: 'X', tag: 'x' }] };
    expect(parseManualJson(JSON.stringify(list))).toEqual({
      ok: false,
      errors: [{ entry: 1, field: 'environment', message: expect.any(String) }],
    });
  });

  it('round-trips a manual group through export, JSON and build', () => {
    const group = built(janeList());
    const text = JSON.stringify(manualListFromGroup(group));
    const parsed = parseManualJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(built(parsed.list, OPTIONS)).toEqual(group);
  });

  it('round-trips a directory group, keeping its orgIds and URLs', () => {
    const profile = sandboxProfile();
    const validated = validateGroup(janeResponse(), {
      allowedHosts: SANDBOX_HOSTS,
      source: 'directory',
      now: NOW,
    });
    if (!validated.ok) throw new Error(validated.error.message);
    const parsed = parseManualJson(JSON.stringify(manualListFromGroup(validated.group)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const group = built(parsed.list, { profile, now: NOW });
    expect(group.instances).toEqual(validated.group.instances);
  });
});
