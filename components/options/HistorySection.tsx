import { useMemo, useState } from 'preact/hooks';
import type { HistoryHow, HistoryOutcome, HistoryRow } from '../../lib/db/extras-schema';
import { filterHistory, NO_FILTER } from '../../lib/history/filter';
import type { HistoryFilter } from '../../lib/history/filter';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import type { UiError } from '../../lib/messaging/protocol';
import { Notice, Section } from './Field';

const HOW: Record<HistoryHow, MessageKey> = {
  restored: 'optionsHistoryHowRestored',
  'alias-login': 'optionsHistoryHowAliasLogin',
  'inline-chooser': 'optionsHistoryHowInlineChooser',
  'selection-window': 'optionsHistoryHowSelectionWindow',
};
const OUTCOME: Record<HistoryOutcome, MessageKey> = {
  pending: 'optionsHistoryOutcomePending',
  landed: 'optionsHistoryOutcomeLanded',
  failed: 'optionsHistoryOutcomeFailed',
};

export interface HistorySectionProps {
  rows: HistoryRow[] | null;
  error: UiError | null;
  formatTime: (ms: number) => string;
  onClear: () => void;
  onExport: (shown: readonly HistoryRow[]) => void;
}

/** "History of switches": a filterable table of the last switches, exportable as CSV. */
export function HistorySection({ rows, error, formatTime, onClear, onExport }: HistorySectionProps) {
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const shown = useMemo(() => filterHistory(rows ?? [], filter), [rows, filter]);
  const total = rows?.length ?? 0;
  return (
    <Section id="history" title={t('optionsHistoryTitle')} intro={t('optionsHistoryIntro')}>
      {error && <Notice tone="error">{t('optionsHistoryLoadFailed', error.message)}</Notice>}
      {total === 0 ? (
        <p>{t('optionsHistoryEmpty')}</p>
      ) : (
        <>
          <div class="actions">
            <label>
              {t('optionsHistoryFilterLabel')}{' '}
              <input
                type="search"
                value={filter.text}
                onInput={(event) => setFilter({ ...filter, text: event.currentTarget.value })}
              />
            </label>
            <label>
              {t('optionsHistoryOutcomeLabel')}{' '}
              <select
                value={filter.outcome}
                onChange={(event) =>
                  setFilter({ ...filter, outcome: event.currentTarget.value as HistoryFilter['outcome'] })
                }
              >
                <option value="all">{t('optionsHistoryOutcomeAll')}</option>
                {(Object.keys(OUTCOME) as HistoryOutcome[]).map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(OUTCOME[outcome])}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              class="button"
              disabled={shown.length === 0}
              onClick={() => onExport(shown)}
            >
              {t('optionsHistoryExport')}
            </button>
            <button type="button" class="button" onClick={onClear}>
              {t('optionsHistoryClear')}
            </button>
          </div>
          <p role="status">{t('optionsHistoryCount', [String(shown.length), String(total)])}</p>
          {shown.length === 0 ? (
            <p>{t('optionsHistoryNoMatch')}</p>
          ) : (
            <HistoryTable rows={shown} formatTime={formatTime} />
          )}
        </>
      )}
    </Section>
  );
}

function HistoryTable({ rows, formatTime }: { rows: HistoryRow[]; formatTime: (ms: number) => string }) {
  return (
    <table class="orgs history">
      <caption class="visually-hidden">{t('optionsHistoryTitle')}</caption>
      <thead>
        <tr>
          {(
            [
              'optionsHistoryTime',
              'optionsHistoryFrom',
              'optionsHistoryTo',
              'optionsHistoryHow',
              'optionsHistoryOutcome',
            ] as const
          ).map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{formatTime(row.at)}</td>
            <td>{row.fromName ?? t('optionsHistoryUnknownOrg')}</td>
            <th scope="row">{row.toName}</th>
            <td>{t(HOW[row.how])}</td>
            <td>{t(OUTCOME[row.outcome])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
