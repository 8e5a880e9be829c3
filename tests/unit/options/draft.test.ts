import { describe, expect, it } from 'vitest';
import { sandboxProfile } from '../../../lib/connection/profiles';
import { createDraftChecker } from '../../../lib/options/draft-checker';
import { clearDraft, loadDraft, storeDraft } from '../../../lib/options/draft-store';
import { checkDraft, emptyOrg, updateOrg } from '../../../lib/options/manual-draft';
import type { ManualDraft } from '../../../lib/options/manual-draft';
import { translate } from './messages';

const options = { profile: sandboxProfile(8790), now: 1 };
const draftOf = (tags: string[]): ManualDraft => ({
  rootEmail: 'jane.doe@acme.test',
  orgs: tags.map((tag, at) => ({ ...emptyOrg(at === 0), name: `Org ${at + 1}`, tag })),
});

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (at) => [...items.keys()][at] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the editor checks rows incrementally', () => {
  it('finds what the full check finds, repeats included', () => {
    const draft = draftOf(['', 'staging', 'Staging', 'bad tag', '+qa']);
    const check = createDraftChecker(options, translate)(draft);
    const full = checkDraft(draft, options);
    expect(full.group).toBeNull();
    expect(check.byField.get(`${draft.orgs[2]!.key}:tag`)).toContain('already used by org 2');
    expect(check.byField.get(`${draft.orgs[3]!.key}:tag`)).toBeDefined();
    expect(check.byField.get(`${draft.orgs[4]!.key}:tag`)).toContain("Type the tag without '+': “qa”");
    expect(check.errors.filter((error) => error.entry === 1)).toEqual([]);
  });

  it('re-checks only the row that changed', () => {
    const tags = Array.from({ length: 1000 }, (_, at) => (at === 0 ? '' : `t${at}`));
    const draft = draftOf(tags);
    const check = createDraftChecker(options, translate);
    expect(check(draft).errors).toEqual([]);
    const edited = { ...draft, orgs: updateOrg(draft.orgs, draft.orgs[500]!.key, { tag: 't1' }) };
    const errors = check(edited).errors;
    expect(errors).toEqual([expect.objectContaining({ entry: 501, field: 'tag' })]);
  });

  it('a bad root is one error for the root field', () => {
    const draft = { ...draftOf(['', 'a']), rootEmail: 'jane.doe+x@acme.test' };
    const check = createDraftChecker(options, translate)(draft);
    expect([...check.byField.keys()]).toEqual(['rootEmail']);
  });
});

describe('the unsaved draft survives a reload', () => {
  it('is kept and read back without row keys mixed up', () => {
    const storage = memoryStorage();
    const draft = draftOf(['', 'staging']);
    storeDraft(draft, storage);
    const back = loadDraft(storage)!;
    expect(back.orgs.map((org) => [org.name, org.tag])).toEqual([
      ['Org 1', ''],
      ['Org 2', 'staging'],
    ]);
    expect(back.orgs[0]!.key).not.toBe(draft.orgs[0]!.key);
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });

  it('ignores a kept draft it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('options.manualDraft.v1', '{"rootEmail": 5}');
    expect(loadDraft(storage)).toBeNull();
  });
});
