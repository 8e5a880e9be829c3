import { describe, expect, it } from 'vitest';
import { buildManualGroup } from '../../../lib/directory';
import { DirectoryInstanceSchema, cleanName } from '../../../lib/directory/schema';
import { OUTREACH_PROFILE } from '../../../lib/connection/profiles';

describe('cleanName strips bidi controls and invisible characters', () => {
  it.each([
    ['evil \u202Egnigats\u202C', 'evil gnigats'],
    ['\u2067Acme\u2069 Staging', 'Acme Staging'],
    ['Acme\u200B Sta\u200Dging\u200E\u200F', 'Acme Staging'],
    ['\uFEFF Acme Pro\u00ADduction \u2060', 'Acme Production'],
    ['\u061CAcme', 'Acme'],
    ['Acme Staging 2', 'Acme Staging 2'],
    ['Ünïcode 日本 Org', 'Ünïcode 日本 Org'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it('rejects a directory name that is nothing but invisible characters', () => {
    const base = { orgId: 'o', loginEmail: 'a@b.c', environment: 'staging', appUrl: 'x', loginUrl: 'y' };
    expect(DirectoryInstanceSchema.safeParse({ ...base, name: '\u202E\u200B' }).success).toBe(false);
    expect(DirectoryInstanceSchema.parse({ ...base, name: 'evil \u202EStaging' }).name).toBe('evil Staging');
  });

  it('cleans names of the manual list too', () => {
    const built = buildManualGroup(
      {
        version: 1,
        rootEmail: 'jane.doe@acme.com',
        instances: [{ name: 'evil \u202EStaging', tag: '', environment: 'production', primary: true }],
      },
      { profile: OUTREACH_PROFILE, now: 1 },
    );
    expect(built.ok && built.group.instances[0]!.name).toBe('evil Staging');
  });
});
