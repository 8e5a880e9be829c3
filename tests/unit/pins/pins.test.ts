import { describe, expect, it } from 'vitest';
import { orgForCommand } from '../../../lib/pins/pin-commands';
import { pinnedFirst, rowForKey } from '../../../lib/pins/pins';

const orgs = [
  { orgId: 'prod', isPrimary: true, environment: 'production' as const },
  { orgId: 'stg', isPrimary: false, environment: 'staging' as const },
  { orgId: 'test', isPrimary: false, environment: 'test' as const },
  { orgId: 'stg2', isPrimary: false, environment: 'staging' as const },
];
const ids = (rows: { orgId: string }[]) => rows.map((row) => row.orgId);

describe('pinnedFirst', () => {
  it('puts pinned orgs first in pin order and keeps the rest in order', () => {
    expect(ids(pinnedFirst(orgs, ['stg2', 'stg']))).toEqual(['stg2', 'stg', 'prod', 'test']);
  });
  it('ignores pins of orgs no longer listed', () => {
    expect(ids(pinnedFirst(orgs, ['gone']))).toEqual(['prod', 'stg', 'test', 'stg2']);
  });
});

describe('rowForKey', () => {
  const key = (key: string, more: Partial<KeyboardEvent> = {}) => ({
    key,
    code: `Digit${key}`,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...more,
  });
  it('opens rows 1–9 with digits while the filter is empty', () => {
    expect(rowForKey(key('1'), '')).toBe(0);
    expect(rowForKey(key('9'), '')).toBe(8);
    expect(rowForKey(key('0'), '')).toBeNull();
    expect(rowForKey(key('a'), '')).toBeNull();
  });
  it('leaves digits to the filter once it has text, except with Alt', () => {
    expect(rowForKey(key('2'), 'staging ')).toBeNull();
    expect(rowForKey(key('¡', { altKey: true, code: 'Digit2' }), 'staging')).toBe(1);
  });
  it('leaves Ctrl and Cmd digits to the browser', () => {
    expect(rowForKey(key('1', { ctrlKey: true }), '')).toBeNull();
    expect(rowForKey(key('1', { metaKey: true }), '')).toBeNull();
  });
});

describe('orgForCommand', () => {
  it('opens the nth pinned org that is still listed', () => {
    expect(orgForCommand('open-pinned-1', orgs, ['gone', 'test', 'stg'])).toBe('test');
    expect(orgForCommand('open-pinned-2', orgs, ['gone', 'test', 'stg'])).toBe('stg');
    expect(orgForCommand('open-pinned-3', orgs, ['gone', 'test', 'stg'])).toBeNull();
  });
  it('goes back to the primary org, or the first production one', () => {
    expect(orgForCommand('open-root', orgs, [])).toBe('prod');
    const noPrimary = orgs.map((org) => ({ ...org, isPrimary: false }));
    expect(orgForCommand('open-root', noPrimary.slice(1), [])).toBeNull();
    expect(orgForCommand('open-root', noPrimary, [])).toBe('prod');
  });
  it('knows no other command', () => {
    expect(orgForCommand('open-last-org', orgs, ['stg'])).toBeNull();
  });
});
