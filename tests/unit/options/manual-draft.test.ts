import { describe, expect, it } from 'vitest';
import { OUTREACH_PROFILE } from '../../../lib/connection/profiles';
import { buildManualGroup } from '../../../lib/directory/manual';
import {
  checkDraft,
  draftFromGroup,
  emptyOrg,
  listFromDraft,
  moveOrg,
  updateOrg,
} from '../../../lib/options/manual-draft';
import type { ManualDraft } from '../../../lib/options/manual-draft';

const OPTIONS = { profile: OUTREACH_PROFILE, now: 1 };

function draft(): ManualDraft {
  return {
    rootEmail: 'jane.doe@acme.test',
    orgs: [
      { ...emptyOrg(true), name: 'Acme Production' },
      { ...emptyOrg(), name: 'Acme Staging', tag: 'staging' },
    ],
  };
}

describe('the manual list draft', () => {
  it('round-trips through the file format and the saved group', () => {
    const built = buildManualGroup(listFromDraft(draft()), OPTIONS);
    if (!built.ok) throw new Error('expected a group');
    const again = draftFromGroup(built.group);
    expect(listFromDraft(again)).toEqual({
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: built.group.instances.map((org) => ({
        name: org.name,
        tag: org.tag,
        environment: org.environment,
        primary: org.isPrimary,
        orgId: org.orgId,
        appUrl: org.appUrl,
        loginUrl: org.loginUrl,
      })),
    });
  });

  it('starts with one empty production row when nothing is saved', () => {
    expect(draftFromGroup(null).orgs).toMatchObject([
      { name: '', tag: '', environment: 'production', isPrimary: true },
    ]);
  });

  it('puts each error under its field, with the alias rule as the message', () => {
    const bad = draft();
    bad.orgs[1] = { ...bad.orgs[1]!, tag: 'stag ing', name: '' };
    const check = checkDraft(bad, OPTIONS);
    expect(check.group).toBeNull();
    const key = bad.orgs[1]!.key;
    expect(check.byField.get(`${key}:name`)).toBe('enter a name');
    expect(check.byField.get(`${key}:tag`)).toMatch(/tag/);
    expect(check.byField.has(`${bad.orgs[0]!.key}:tag`)).toBe(false);
  });

  it('puts a bad root email under the root field and a repeated tag under the later row', () => {
    const check = checkDraft({ ...draft(), rootEmail: 'jane.doe+x@acme.test' }, OPTIONS);
    expect(check.byField.get('rootEmail')).toContain("contains '+'");
    const twice = draft();
    twice.orgs[1] = { ...twice.orgs[1]!, tag: '' };
    expect(checkDraft(twice, OPTIONS).byField.get(`${twice.orgs[1]!.key}:tag`)).toContain(
      'already used by instance 1',
    );
  });

  it('moves rows within bounds only, and keeps one primary', () => {
    const { orgs } = draft();
    expect(moveOrg(orgs, 1, -1).map((o) => o.name)).toEqual(['Acme Staging', 'Acme Production']);
    expect(moveOrg(orgs, 1, 1)).toEqual(orgs);
    const next = updateOrg(orgs, orgs[1]!.key, { isPrimary: true });
    expect(next.map((o) => o.isPrimary)).toEqual([false, true]);
  });
});
