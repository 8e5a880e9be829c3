import { t } from '../../lib/i18n/t';
import type { ListDiff } from '../../lib/options/diff-lists';
import { ConfirmDiff } from './DiffSummary';
import { Notice } from './Field';

export interface ListTransferProps {
  /** The JSON Export writes (the list as saved), or `null` when there is nothing to export. */
  exported: string | null;
  preview: { fileName: string; diff: ListDiff } | null;
  importErrors: { fileName: string; problems: string[] } | null;
  isBusy: boolean;
  onExport: () => void;
  onImportFile: (file: File) => void;
  onApplyImport: () => void;
  onCancelImport: () => void;
}

/** Problems listed; the rest are counted. */
const MAX_LISTED = 20;

/** Export and import of the manual list as JSON; an import is previewed and applied only when confirmed. */
export function ListTransfer(props: ListTransferProps) {
  return (
    <div class="transfer">
      <h3 class="section__subtitle">{t('optionsTransferTitle')}</h3>
      <p class="field__hint" id="transfer-hint">
        {t('optionsTransferHint')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={props.onExport}
          disabled={props.exported === null}
        >
          {t('optionsExport')}
        </button>
        <label class="btn btn--secondary file-button">
          {t('optionsImport')}
          <input
            type="file"
            class="visually-hidden"
            accept="application/json,.json"
            aria-describedby="transfer-hint"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImportFile(file);
            }}
          />
        </label>
      </div>
      {props.importErrors && (
        <Notice tone="error">
          <p>
            {t('optionsImportRefused', [
              props.importErrors.fileName,
              String(props.importErrors.problems.length),
            ])}
          </p>
          <ul aria-label={t('optionsImportErrorsLabel')}>
            {props.importErrors.problems.slice(0, MAX_LISTED).map((problem, at) => (
              <li key={at}>{problem}</li>
            ))}
          </ul>
          {props.importErrors.problems.length > MAX_LISTED && (
            <p>{t('optionsImportMoreProblems', String(props.importErrors.problems.length - MAX_LISTED))}</p>
          )}
        </Notice>
      )}
      {props.preview && (
        <ConfirmDiff
          id="import-preview"
          title={t('optionsImportPreviewTitle', props.preview.fileName)}
          diff={props.preview.diff}
          actionLabel={t('optionsImportApply')}
          tone="primary"
          isBusy={props.isBusy}
          onConfirm={props.onApplyImport}
          onCancel={props.onCancelImport}
        />
      )}
    </div>
  );
}
