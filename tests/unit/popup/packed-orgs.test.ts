import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PopupOrg } from '../../../lib/messaging/protocol';
import { filterOrgs, searchText } from '../../../lib/popup/org-list';
import { matchingIndices, orgAt, orgIdAt, packOrgs } from '../../../lib/popup/packed-orgs';

const org = (over: Partial<PopupOrg> = {}): PopupOrg => ({
  orgId: 'o1',
  name: 'Acme',
  loginEmail: 'jane+acme@example.com',
  tag: 'acme',
  environment: 'production',
  isPrimary: false,
  ...over,
});

const text = fc.string({ unit: fc.constantFrom('a', 'B', 'c', ' ', 'İ', 'ß', '+', '1'), maxLength: 8 });
const arbOrg = fc.record({
  orgId: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('\u0000')),
  name: text,
  loginEmail: text,
  tag: text,
  environment: fc.constantFrom('production', 'test', 'staging', 'sandbox', 'development'),
  isPrimary: fc.boolean(),
}) as fc.Arbitrary<PopupOrg>;

describe('packOrgs', () => {
  it('gives every row back as it was, colour included', () => {
    const rows = [org(), org({ orgId: 'o2', name: 'Beta', colour: '#aabbcc', isPrimary: true, tag: '' })];
    const packed = packOrgs(rows);
    expect(packed.length).toBe(2);
    expect(orgAt(packed, 0)).toEqual(rows[0]);
    expect(orgAt(packed, 1)).toEqual(rows[1]);
    expect(orgIdAt(packed, 1)).toBe('o2');
  });

  it('round-trips any rows (property)', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbOrg, { maxLength: 30 }), (rows) => {
        const packed = packOrgs(rows);
        expect(Array.from({ length: packed.length }, (_, i) => orgAt(packed, i))).toEqual(rows);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 15_000 },
    );
  });
});

describe('matchingIndices', () => {
  it('matches names, logins and tags but not ids, nor across fields', () => {
    const packed = packOrgs([org({ orgId: 'zeta' }), org({ orgId: 'o2', name: 'Beta', tag: 'x' })]);
    expect([...matchingIndices(packed, 'zeta')]).toEqual([]);
    expect([...matchingIndices(packed, 'BETA')]).toEqual([1]);
    expect([...matchingIndices(packed, 'acme')]).toEqual([0, 1]);
    expect([...matchingIndices(packed, 'mejane')]).toEqual([]);
    expect([...matchingIndices(packed, '  ')]).toEqual([0, 1]);
  });

  it('finds the same orgs as filterOrgs (property)', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbOrg, { maxLength: 30 }), text, (rows, query) => {
        const packed = packOrgs(rows);
        const expected = filterOrgs(
          rows.map((_, i) => i),
          (i) => searchText(rows[i]!),
          query,
        ).sort((a, b) => a - b);
        expect([...matchingIndices(packed, query)]).toEqual(expected);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 15_000 },
    );
  });
});
