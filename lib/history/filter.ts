/** Filtering the switch history on the options page. */
import type { HistoryOutcome, HistoryRow } from '../db/extras-schema';

export interface HistoryFilter {
  /** Words that must all appear in the from or to org's name or id (case-insensitive). */
  text: string;
  /** One outcome, or every outcome. */
  outcome: HistoryOutcome | 'all';
}

export const NO_FILTER: HistoryFilter = { text: '', outcome: 'all' };

/** The rows matching `filter`, in their order. */
export function filterHistory(rows: readonly HistoryRow[], filter: HistoryFilter): HistoryRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.outcome !== 'all' && row.outcome !== filter.outcome) return false;
    const text = [row.fromName, row.fromOrgId, row.toName, row.toOrgId].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
