/**
 * The switch history as CSV (RFC 4180), safe to open in a spreadsheet: a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so it is never a formula.
 */
import type { HistoryRow } from '../db/extras-schema';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: defused against formulas, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The column headings, in the export's order. */
export const CSV_COLUMNS = ['time', 'from', 'from_org_id', 'to', 'to_org_id', 'how', 'outcome'] as const;

/** The rows as CSV with a heading line; times in ISO 8601 UTC; lines end with CRLF. */
export function historyToCsv(rows: readonly HistoryRow[]): string {
  const lines = rows.map((row) =>
    [
      new Date(row.at).toISOString(),
      row.fromName ?? '',
      row.fromOrgId ?? '',
      row.toName,
      row.toOrgId,
      row.how,
      row.outcome,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}
