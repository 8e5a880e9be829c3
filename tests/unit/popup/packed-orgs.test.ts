import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PopupOrg } from '../../../lib/messaging/protocol';
import { defaultIndex, filterOrgs, orderOrgs, searchText } from '../../../lib/popup/org-list';
import {
  defaultRow,
  displayOrder,
  matchingIndices,
  orgAt,
  orgIdAt,
  orgIds,
  packOrgs,
  packView,
  sameIds,
  visibleIndices,
} from '../../../lib/popup/packed-orgs';
import { pinnedFirst } from '../../../lib/pins/pins';

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

// The popup's rows as it holds them: logins made by rule, the ids' prefix once, order and ranking
// on index arrays. Each is checked against the array functions the popup used before.

const ROOT = 'Jane.Σ+x@Acme.test';
const [LOCAL, DOMAIN] = ['Jane.Σ+x', '@Acme.test'];
/** Orgs whose logins are often the root itself or its `+` alias, with `+`, `@` and Σ in the text. */
const ruleText = fc.string({
  unit: fc.constantFrom('a', 'B', 'σ', 'Σ', '+', '@', 'İ', '.', ' '),
  maxLength: 6,
});
const arbRuleOrg = fc
  .record({
    orgId: fc.constantFrom('org_', 'org_a', 'org_b', 'manual:1', 'org_ab'),
    name: ruleText,
    tag: ruleText,
    login: fc.constantFrom('root', 'alias', 'other'),
    other: ruleText,
    environment: fc.constantFrom('production', 'test', 'staging', 'sandbox', 'development'),
    isPrimary: fc.boolean(),
  })
  .map(({ login, other, ...rest }): PopupOrg => ({
    ...rest,
    loginEmail: login === 'root' ? ROOT : login === 'alias' ? `${LOCAL}+${rest.tag}${DOMAIN}` : other,
  })) as fc.Arbitrary<PopupOrg>;
const rowsOf = (packed: ReturnType<typeof packOrgs>) =>
  Array.from({ length: packed.length }, (_, i) => orgAt(packed, i));

describe('packOrgs with the group’s root email', () => {
  it('keeps the ids’ prefix once and no login that the naming rule makes', () => {
    const rows = [
      org({ orgId: 'org_root', loginEmail: 'jane@acme.test', tag: '' }),
      org({ orgId: 'org_staging', loginEmail: 'jane+staging@acme.test', tag: 'staging' }),
      org({ orgId: 'org_other', loginEmail: 'someone@else.test', tag: 'other' }),
    ];
    const packed = packOrgs(rows, 'jane@acme.test');
    expect(packed.idPrefix).toBe('org_');
    expect(packed.text).not.toContain('jane+staging');
    expect(packed.text).not.toContain('jane@acme.test');
    expect(packed.text).toContain('someone@else.test');
    expect(rowsOf(packed)).toEqual(rows);
    expect(orgIds(packed)).toEqual(['org_root', 'org_staging', 'org_other']);
  });

  it('never leaves an id empty when one id is the common prefix', () => {
    const packed = packOrgs([org({ orgId: 'a' }), org({ orgId: 'ab' })]);
    expect(orgIds(packed)).toEqual(['a', 'ab']);
  });

  it('round-trips any rows (property)', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbRuleOrg, { maxLength: 20 }), (rows) => {
        expect(rowsOf(packOrgs(rows, ROOT))).toEqual(rows);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('matches the logins the rule makes as filterOrgs does (property)', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbRuleOrg, { maxLength: 20 }), ruleText, (rows, query) => {
        const expected = filterOrgs(
          rows.map((_, i) => i),
          (i) => searchText(rows[i]!),
          query,
        ).sort((a, b) => a - b);
        expect([...matchingIndices(packOrgs(rows, ROOT), query)]).toEqual(expected);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('finds a query spanning the alias’s parts, and the root’s own login', () => {
    const rows = [
      org({ orgId: 'o1', name: 'One', loginEmail: 'jane@acme.test', tag: '' }),
      org({ orgId: 'o2', name: 'Two', loginEmail: 'jane+stg@acme.test', tag: 'stg' }),
    ];
    const packed = packOrgs(rows, 'jane@acme.test');
    expect([...matchingIndices(packed, 'e+stg@ac')]).toEqual([1]);
    expect([...matchingIndices(packed, 'jane@')]).toEqual([0]);
    expect([...matchingIndices(packed, 'acme.test')]).toEqual([0, 1]);
    expect([...matchingIndices(packed, 'jane+')]).toEqual([1]);
  });
});

describe('displayOrder', () => {
  it('is pinnedFirst(orderOrgs(…)) as indices (property)', { timeout: 20_000 }, () => {
    const ids = ['org_', 'org_a', 'org_b', 'manual:1', 'org_ab'];
    fc.assert(
      fc.property(
        fc.array(arbRuleOrg, { maxLength: 20 }),
        fc.uniqueArray(fc.constantFrom(...ids, 'gone')),
        (rows, pinned) => {
          const packed = packOrgs(rows, ROOT);
          const expected = pinnedFirst(orderOrgs(rows.map((row, index) => ({ ...row, index }))), pinned).map(
            (row) => row.index,
          );
          expect([...displayOrder(packed, pinned)]).toEqual(expected);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 15_000 },
    );
  });
});

describe('visibleIndices', () => {
  it('is filterOrgs over the ordered rows, ranking included (property)', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbRuleOrg, { maxLength: 20 }), ruleText, (rows, query) => {
        const packed = packOrgs(rows, ROOT);
        const order = displayOrder(packed);
        const expected = filterOrgs([...order], (i) => searchText(rows[i]!), query);
        expect([...visibleIndices(packed, order, query)]).toEqual(expected);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('ranks an exact name, then a prefix, then the rest', () => {
    const rows = [
      org({ orgId: 'o1', name: 'Acme Staging EU' }),
      org({ orgId: 'o2', name: 'Staging' }),
      org({ orgId: 'o3', name: 'Staging 2' }),
    ];
    const packed = packOrgs(rows);
    expect([...visibleIndices(packed, Int32Array.from([0, 1, 2]), ' STAGING ')]).toEqual([1, 2, 0]);
    const order = Int32Array.from([2, 0, 1]);
    expect(visibleIndices(packed, order, '  ')).toBe(order);
  });
});

describe('defaultRow and sameIds', () => {
  it('skips the org the browser is in, as defaultIndex does', () => {
    const rows = [org({ orgId: 'a' }), org({ orgId: 'b' })];
    const packed = packOrgs(rows);
    for (const current of ['a', 'b', 'c', null])
      for (const order of [[0, 1], [1, 0], [0], [1], []])
        expect(defaultRow(packed, order, current)).toBe(
          defaultIndex(
            order.map((i) => rows[i]!),
            current,
          ),
        );
  });

  it('compares the ids shown, not the packing', () => {
    const rows = [org({ orgId: 'a' }), org({ orgId: 'b', name: 'B' })];
    const packed = packOrgs(rows);
    const renamed = packOrgs([rows[0]!, { ...rows[1]!, name: 'Renamed' }]);
    expect(sameIds(packed, [0, 1], packOrgs(rows), [0, 1])).toBe(true);
    expect(sameIds(packed, [0, 1], renamed, [0, 1])).toBe(true);
    expect(sameIds(packed, [0, 1], renamed, [1, 0])).toBe(false);
    expect(sameIds(packed, [0, 1], packOrgs([rows[1]!, rows[0]!]), [1, 0])).toBe(true);
    expect(sameIds(packed, [0], packed, [0, 1])).toBe(false);
  });
});

describe('packView', () => {
  it('packs the rows of an answer and keeps the rest', () => {
    const rows = [org()];
    const view = { phase: 'ready', group: { rootEmail: 'jane@example.com', instances: rows } } as never;
    const shown = packView(view) as unknown as {
      phase: string;
      group: { instances: ReturnType<typeof packOrgs> };
    };
    expect(shown.phase).toBe('ready');
    expect(rowsOf(shown.group.instances)).toEqual(rows);
    expect(packView({ phase: 'ready', group: null } as never).group).toBeNull();
  });
});
