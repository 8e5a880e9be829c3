import { describe, expect, it } from 'vitest';
import type { Instance } from '../../../lib/directory/schema';
import { diffLists, dropsData, hasChanges } from '../../../lib/options/diff-lists';

function org(orgId: string, patch: Partial<Instance> = {}): Instance {
  return {
    orgId,
    name: orgId,
    loginEmail: `jane.doe+${orgId}@acme.test`,
    tag: orgId,
    environment: 'staging',
    isPrimary: false,
    appUrl: 'https://web.outreach.io/',
    loginUrl: 'https://accounts.outreach.io/users/sign_in',
    ...patch,
  };
}

describe('diffLists', () => {
  it('matches orgs by orgId and reports added, changed (with fields) and removed', () => {
    const before = [org('a'), org('b'), org('c')];
    const after = [org('b', { name: 'B!', isPrimary: true }), org('a'), org('d')];
    const diff = diffLists(before, after);
    expect(diff.added.map((o) => o.orgId)).toEqual(['d']);
    expect(diff.changed).toEqual([{ before: before[1], after: after[0], fields: ['name', 'isPrimary'] }]);
    expect(diff.removed.map((o) => o.orgId)).toEqual(['c']);
    expect(diff.unchanged).toBe(1);
    expect(hasChanges(diff)).toBe(true);
    expect(dropsData(diff)).toBe(true);
  });

  it('ignores order alone', () => {
    const diff = diffLists([org('a'), org('b')], [org('b'), org('a')]);
    expect(hasChanges(diff)).toBe(false);
    expect(dropsData(diff)).toBe(false);
  });

  it('treats a first list as all added, and a colour change as a change', () => {
    expect(diffLists([], [org('a')]).added).toHaveLength(1);
    expect(diffLists([org('a')], [org('a', { colour: '#000000' })]).changed[0]!.fields).toEqual(['colour']);
  });
});
