import { useEffect, useState } from 'preact/hooks';
import type { HistoryRow } from '../../lib/db/extras-schema';
import { historyToCsv } from '../../lib/history/csv';
import { asUiError, send } from '../../lib/messaging/send';
import type { UiError } from '../../lib/messaging/protocol';

/** The switch history for the options page: loaded once, cleared or exported on request. */
export function useHistory() {
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const run = (request: Promise<HistoryRow[]>) =>
    request.then(
      (next) => {
        setRows(next);
        setError(null);
      },
      (failure: unknown) => setError(asUiError(failure)),
    );
  useEffect(() => void run(send({ type: 'listHistory' })), []);
  return {
    rows,
    error,
    clear: () => void run(send({ type: 'clearHistory' })),
    /** Downloads `shown` (what the filter keeps) as `switch-history.csv`. */
    exportCsv: (shown: readonly HistoryRow[]) => {
      const url = URL.createObjectURL(new Blob([historyToCsv(shown)], { type: 'text/csv' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: 'switch-history.csv' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
