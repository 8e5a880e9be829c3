import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstanceGroupSchema } from '../../../lib/directory/schema';
import { validateGroup } from '../../../lib/directory/validate-group';
import { APP_URL, janeResponse, LOGIN_URL, NOW, rawInstance, SANDBOX_HOSTS } from './fixtures';

/** Instance-shaped records whose fields are sometimes right and sometimes hostile. */
const rawArbitrary = {
  orgId: fc.constantFrom('org_1', 'org_2', ''),
  name: fc.string(),
  loginEmail: fc.oneof(fc.constantFrom('jane.doe@acme.test', 'jane.doe+a@acme.test'), fc.string()),
  environment: fc.constantFrom('production', 'test', 'nope'),
  primary: fc.boolean(),
  appUrl: fc.oneof(fc.constant(APP_URL), fc.string(), fc.webUrl()),
  loginUrl: fc.oneof(fc.constant(LOGIN_URL), fc.string()),
};

const OPTIONS = { allowedHosts: SANDBOX_HOSTS, source: 'directory', now: NOW } as const;

function validGroup(raw: unknown) {
  const result = validateGroup(raw, OPTIONS);
  if (!result.ok) throw new Error(`expected a group, got: ${result.error.message}`);
  expect(InstanceGroupSchema.parse(result.group)).toEqual(result.group);
  return result.group;
}

describe('validateGroup', () => {
  it('accepts the sandbox jane group with its tags', () => {
    const group = validGroup(janeResponse());
    expect(group).toMatchObject({
      instanceGroupId: 'ig_acme',
      rootEmail: 'jane.doe@acme.test',
      crossInstanceSso: 'enabled',
      role: 'admin',
      source: 'directory',
      fetchedAt: NOW,
      dropped: [],
    });
    expect(group.instances.map((i) => [i.orgId, i.tag, i.environment, i.isPrimary])).toEqual([
      ['org_acme_prod', '', 'production', true],
      ['org_acme_a4test', 'a4test', 'test', false],
      ['org_acme_staging', 'staging', 'staging', false],
      ['org_acme_staging2', 'staging2', 'staging', false],
    ]);
    expect(group.instances[1]).toMatchObject({ appUrl: APP_URL, loginUrl: LOGIN_URL });
  });

  it('drops hostile entries with their reasons and keeps the good ones', () => {
    const [prod, a4test, staging] = janeResponse().instances as Record<string, unknown>[];
    const group = validGroup(
      janeResponse([
        prod,
        { ...a4test, appUrl: 'javascript:alert(1)' },
        { ...staging, loginUrl: 'https://evil.example/login' },
        rawInstance('org_x', 'Other Domain', 'jane.doe+x@evil.test', 'test'),
        rawInstance('org_dash', 'Dash', 'jane.doe-staging@acme.test', 'staging'),
        rawInstance('org_acme_prod', 'Copy of Prod', 'jane.doe+copy@acme.test', 'test'),
        rawInstance('org_ok', 'Fine', 'jane.doe+fine@acme.test', 'sandbox'),
      ]),
    );
    expect(group.instances.map((i) => i.orgId)).toEqual(['org_acme_prod', 'org_ok']);
    const reasons = Object.fromEntries(group.dropped.map((d) => [d.index, d.reasons.join(' | ')]));
    expect(group.dropped.map((d) => d.index)).toEqual([1, 2, 3, 4, 5]);
    expect(reasons[1]).toMatch(/^appUrl: javascript: URLs are not allowed/);
    expect(reasons[2]).toMatch(/^loginUrl: evil\.example is not one of the allowed hosts/);
    expect(reasons[3]).toMatch(/^loginEmail: .*evil\.test/);
    expect(reasons[4]).toMatch(/jane\.doe-staging@acme\.test uses '-' to separate the tag; use '\+'/);
    expect(reasons[5]).toMatch(/orgId 'org_acme_prod' repeats entry 0/);
    expect(group.dropped[1]).toMatchObject({ orgId: 'org_acme_staging', name: 'Acme Staging' });
  });

  it('gives every reason of an entry, even when its shape is wrong', () => {
    const group = validGroup(
      janeResponse([{ orgId: 'org_bad', loginEmail: 'jane.doe_x@acme.test', appUrl: 'data:text/html,x' }]),
    );
    expect(group.instances).toEqual([]);
    const [entry] = group.dropped;
    expect(entry).toMatchObject({ index: 0, orgId: 'org_bad' });
    expect(entry?.reasons).toEqual(
      expect.arrayContaining([
        'name: missing',
        expect.stringMatching(/^environment: /),
        'loginUrl: missing',
        expect.stringMatching(/^loginEmail: .*'_'/),
        expect.stringMatching(/^appUrl: data: URLs are not allowed/),
      ]),
    );
  });

  it('drops a repeated tag and demotes a second primary', () => {
    const group = validGroup(
      janeResponse([
        rawInstance('org_1', 'One', 'jane.doe@acme.test', 'production', true),
        rawInstance('org_2', 'Two', 'jane.doe+stage@acme.test', 'staging', true),
        rawInstance('org_3', 'Three', 'jane.doe+STAGE@acme.test', 'staging'),
      ]),
    );
    expect(group.instances.map((i) => [i.orgId, i.isPrimary])).toEqual([
      ['org_1', true],
      ['org_2', false],
    ]);
    expect(group.dropped).toEqual([
      {
        index: 2,
        orgId: 'org_3',
        name: 'Three',
        reasons: ['login jane.doe+STAGE@acme.test repeats entry 1'],
      },
    ]);
  });

  it('finds repeats across a 20,000-entry group, naming the first kept entry', () => {
    const instances = Array.from({ length: 10_000 }, (_, i) =>
      rawInstance(`org_${i}`, `Org ${i}`, `jane.doe+t${i}@acme.test`, 'staging', i === 0),
    );
    const repeats = instances.map((raw, i) => ({ ...raw, orgId: `org_again_${i}`, primary: true }));
    const group = validGroup(janeResponse([...instances, ...repeats]));
    expect(group.instances).toHaveLength(10_000);
    expect(group.instances.filter((i) => i.isPrimary).map((i) => i.orgId)).toEqual(['org_0']);
    expect(group.dropped).toHaveLength(10_000);
    expect(group.dropped[9_999]).toMatchObject({
      index: 19_999,
      reasons: ['login jane.doe+t9999@acme.test repeats entry 9999'],
    });
  }, 60_000);

  it('drops entries that are not objects', () => {
    const group = validGroup(janeResponse([null, 'org', 42]));
    expect(group.dropped.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(group.dropped[0]?.reasons[0]).toMatch(/expected object/);
  });

  it.each([
    ['missing instances', { ...janeResponse(), instances: undefined }, /instances: missing/],
    ['instances not an array', { ...janeResponse(), instances: {} }, /instances: .*expected array/],
    ['a wrong status', { ...janeResponse(), crossInstanceSso: 'on' }, /crossInstanceSso/],
    ['a numeric root', { ...janeResponse(), rootEmail: 42 }, /rootEmail: .*expected string/],
    ['a root that is not an email', { ...janeResponse(), rootEmail: 'jane' }, /rootEmail: /],
    ['a root with a tag', { ...janeResponse(), rootEmail: 'jane.doe+x@acme.test' }, /rootEmail: /],
    ['a string', 'hello', /expected object/],
    ['an array', [], /expected object/],
    ['null', null, /expected object/],
    ['undefined', undefined, /expected object/],
  ])('calls %s malformed', (_label, raw, message) => {
    const result = validateGroup(raw, OPTIONS);
    expect(result).toMatchObject({ ok: false, error: { kind: 'malformed' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('names the source in the malformed message', () => {
    const result = validateGroup(null, { ...OPTIONS, source: 'manual' });
    expect(!result.ok && result.error.message).toMatch(/^The instance list is invalid: /);
  });

  it('never throws, and any group it returns matches the schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            instanceGroupId: fc.constant('ig_x'),
            rootEmail: fc.constantFrom('jane.doe@acme.test', 'x', ''),
            crossInstanceSso: fc.constant('enabled'),
            role: fc.constant('admin'),
            instances: fc.array(fc.oneof(fc.anything(), fc.record(rawArbitrary))),
          }),
        ),
        (raw) => {
          const result = validateGroup(raw, OPTIONS);
          if (result.ok) InstanceGroupSchema.parse(result.group);
        },
      ),
    );
  });
});
