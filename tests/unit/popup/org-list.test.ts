import { describe, expect, it } from 'vitest';
import {
  defaultIndex,
  filterOrgs,
  lastOpened,
  formatAge,
  lastUsedOrgId,
  listAge,
  orderOrgs,
  searchText,
} from '../../../lib/popup/org-list';
import type { AgeUnit } from '../../../lib/popup/org-list';
import { org } from './fixtures';

const names = (orgs: { orgId: string }[]) => orgs.map((item) => item.orgId);

describe('orderOrgs', () => {
  const a4test = org('a4test', { environment: 'test' });
  const staging = org('staging');
  const staging2 = org('staging2');
  const production = org('');

  it('puts the primary org first, then the group order', () => {
    expect(names(orderOrgs([a4test, staging, production, staging2]))).toEqual([
      'org_root',
      'org_a4test',
      'org_staging',
      'org_staging2',
    ]);
  });

  it('puts other production orgs right after the primary one, keeping their order', () => {
    const eu = org('eu', { environment: 'production' });
    expect(names(orderOrgs([staging, eu, production, a4test]))).toEqual([
      'org_root',
      'org_eu',
      'org_staging',
      'org_a4test',
    ]);
  });

  it('does not mutate its input and does not depend on use (rows never reshuffle)', () => {
    const input = [staging, production];
    expect(names(orderOrgs(input))).toEqual(['org_root', 'org_staging']);
    expect(names(input)).toEqual(['org_staging', 'org_root']);
    expect(orderOrgs.length).toBe(1);
  });
});

describe('lastOpened', () => {
  it('maps each org to when it was last opened', () => {
    const usage = [
      { orgId: 'a', lastOpenedAt: 5, count: 1 },
      { orgId: 'b', lastOpenedAt: 9, count: 3 },
    ];
    expect([...lastOpened(usage)]).toEqual([
      ['a', 5],
      ['b', 9],
    ]);
  });
});

describe('filterOrgs ranks the best match first', () => {
  const orgs = orderOrgs([
    org('', { name: 'Acme Production' }),
    org('staging2', { name: 'Acme Staging 2' }),
    org('staging', { name: 'Acme Staging' }),
    org('qa', { name: 'QA for Acme Staging', environment: 'test' }),
  ]);
  const texts = orgs.map(searchText);
  it.each([
    // An exact name beats the longer name that comes first in the list.
    ['Acme Staging', ['org_staging', 'org_staging2', 'org_qa']],
    ['acme staging', ['org_staging', 'org_staging2', 'org_qa']],
    ['  Acme   Staging ', ['org_staging', 'org_staging2', 'org_qa']],
    // An exact tag first, then the tag prefix.
    ['staging', ['org_staging', 'org_staging2', 'org_qa']],
    ['staging2', ['org_staging2']],
    // Prefixes (name, tag or login) before substrings.
    ['qa', ['org_qa']],
    ['acme', ['org_root', 'org_staging2', 'org_staging', 'org_qa']],
    ['for', ['org_qa']],
  ])('%j → %j', (query, expected) => {
    expect(names(filterOrgs(orgs, texts, query))).toEqual(expected);
  });
});

describe('defaultIndex', () => {
  const orgs = [org(''), org('staging'), org('staging2')];
  it.each<[string | null, number]>([
    [null, 0],
    ['org_staging', 0],
    ['org_root', 1],
  ])('with the browser in %s, Enter opens row %i', (current, index) => {
    expect(defaultIndex(orgs, current)).toBe(index);
  });

  it('is -1 when the only row is the org the browser is already in', () => {
    expect(defaultIndex([org('staging2')], 'org_staging2')).toBe(-1);
  });
});

describe('lastUsedOrgId', () => {
  it.each([
    [[], null],
    [[{ orgId: 'a', lastOpenedAt: 1, count: 1 }], 'a'],
    [
      [
        { orgId: 'a', lastOpenedAt: 1, count: 5 },
        { orgId: 'b', lastOpenedAt: 3, count: 1 },
        { orgId: 'c', lastOpenedAt: 2, count: 1 },
      ],
      'b',
    ],
  ])('%j → %s', (usage, expected) => {
    expect(lastUsedOrgId(usage)).toBe(expected);
  });
});

describe('filterOrgs', () => {
  const orgs = [
    org('', { name: 'Acme Production' }),
    org('a4test', { name: 'Acme A4 Test', environment: 'test' }),
    org('staging', { name: 'Acme Staging' }),
    org('staging2', { name: 'Acme Staging 2' }),
  ];
  const texts = orgs.map(searchText);

  it.each([
    ['', ['org_root', 'org_a4test', 'org_staging', 'org_staging2']],
    ['   ', ['org_root', 'org_a4test', 'org_staging', 'org_staging2']],
    ['stag', ['org_staging', 'org_staging2']],
    ['STAG', ['org_staging', 'org_staging2']],
    ['a4test', ['org_a4test']],
    ['jane.doe+staging2@', ['org_staging2']],
    ['jane.doe@acme', ['org_root']],
    ['acme 2', ['org_staging2']],
    ['2 acme', ['org_staging2']],
    ['staging  production', []],
    ['nothing', []],
  ])('%j matches %j', (query, expected) => {
    expect(names(filterOrgs(orgs, texts, query))).toEqual(expected);
  });

  it('makes each text itself when given searchText instead of the texts', () => {
    for (const query of ['acme', 'STAGING', 'nothing'])
      expect(filterOrgs(orgs, searchText, query)).toEqual(filterOrgs(orgs, texts, query));
  });

  it('returns a copy, never the input list', () => {
    const result = filterOrgs(orgs, texts, '');
    expect(result).toEqual(orgs);
    expect(result).not.toBe(orgs);
  });
});

describe('listAge and formatAge', () => {
  const now = 1_700_000_000_000;
  const minute = 60_000;
  it.each<[number, AgeUnit, number]>([
    [0, 'now', 0],
    [29_000, 'now', 0],
    [-5 * minute, 'now', 0],
    [minute, 'minutes', 1],
    [5 * minute, 'minutes', 5],
    [59 * minute, 'minutes', 59],
    [60 * minute, 'hours', 1],
    [3 * 60 * minute, 'hours', 3],
    [47 * 60 * minute, 'hours', 47],
    [48 * 60 * minute, 'days', 2],
    [10 * 24 * 60 * minute, 'days', 10],
  ])('%i ms old is %s %i', (age, unit, count) => {
    expect(listAge(now - age, now)).toEqual({ unit, count });
  });

  it('says the age in the words it is given', () => {
    const say = (unit: AgeUnit, count: number) => `${count}|${unit}`;
    expect(formatAge(now - 5 * minute, now, say)).toBe('5|minutes');
    expect(formatAge(now, now, say)).toBe('0|now');
  });
});
