import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../../lib/db';
import { csvCell, historyToCsv } from '../../../lib/history/csv';
import { filterHistory } from '../../../lib/history/filter';

const row = (over: Partial<HistoryRow> = {}): HistoryRow => ({
  id: 1,
  at: Date.UTC(2026, 11, 1, 10, 0, 0),
  fromOrgId: 'prod',
  fromName: 'Acme Production',
  toOrgId: 'stg',
  toName: 'Acme Staging',
  how: 'alias-login',
  outcome: 'landed',
  ...over,
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['Acme Staging', 'Acme Staging'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('historyToCsv', () => {
  it('writes a heading and one line per switch, defusing formula names', () => {
    const csv = historyToCsv([row(), row({ fromOrgId: null, fromName: null, toName: '=cmd|calc' })]);
    expect(csv).toBe(
      'time,from,from_org_id,to,to_org_id,how,outcome\r\n' +
        '2026-12-01T10:00:00.000Z,Acme Production,prod,Acme Staging,stg,alias-login,landed\r\n' +
        "2026-12-01T10:00:00.000Z,,,'=cmd|calc,stg,alias-login,landed\r\n",
    );
  });
});

describe('filterHistory', () => {
  const rows = [row(), row({ id: 2, toName: 'Acme Test', toOrgId: 'tst', outcome: 'failed' })];
  it('matches every word in the org names and ids', () => {
    expect(filterHistory(rows, { text: 'acme staging', outcome: 'all' }).map((r) => r.id)).toEqual([1]);
    expect(filterHistory(rows, { text: 'PROD', outcome: 'all' }).map((r) => r.id)).toEqual([1, 2]);
  });
  it('keeps one outcome', () => {
    expect(filterHistory(rows, { text: '', outcome: 'failed' }).map((r) => r.id)).toEqual([2]);
  });
});
