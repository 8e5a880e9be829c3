import { memo } from 'preact/compat';
import { t } from '../../lib/i18n/t';
import { MORE_ROWS } from '../../lib/options/login-box';
import type { LoginBox } from '../../lib/options/login-box';
import type { LoginCheckView, LoginRow } from '../../lib/options/login-check-view';
import { Field, Notice, Section } from './Field';

export interface PrepareSectionProps {
  rootEmail: string;
  box: LoginBox;
  view: LoginCheckView;
  onRootEmail: (value: string) => void;
  onText: (value: string) => void;
  onLine: (line: number, value: string) => void;
  onClearList: () => void;
  onShowMore: () => void;
}

/** One checked line; lines moved out of the box are edited here, in place. */
function VerdictRow({
  row,
  isListed,
  onLine,
}: {
  row: LoginRow;
  isListed: boolean;
  onLine: PrepareSectionProps['onLine'];
}) {
  const label = t('optionsVerdictLine', String(row.line));
  return (
    <li class={`verdict verdict--${row.ok ? 'ok' : 'bad'}`}>
      <span class="verdict__line">{label}</span>{' '}
      {isListed ? (
        <input
          class="field__input verdict__input"
          aria-label={label}
          value={row.input}
          spellcheck={false}
          autoComplete="off"
          onInput={(event) => onLine(row.line, event.currentTarget.value)}
        />
      ) : (
        <code class="verdict__login">{row.login}</code>
      )}{' '}
      {row.ok ? (
        <span class="verdict__ok">
          {row.tag === '' ? t('optionsVerdictOkRoot') : t('optionsVerdictOk', row.tag)}
        </span>
      ) : (
        <span class="verdict__reason">
          {row.isDuplicate ? `${t('optionsVerdictDuplicate')}: ` : `${t('optionsVerdictProblem')}: `}
          {row.message}
        </span>
      )}
    </li>
  );
}

type VerdictProps = Parameters<typeof VerdictRow>[0];
const same = (a: LoginRow, b: LoginRow) =>
  a.line === b.line && a.input === b.input && a.ok === b.ok && a.tag === b.tag && a.message === b.message;
/** A key re-renders the rows that changed, not the hundred shown. */
const Verdict = memo(
  VerdictRow,
  (a: VerdictProps, b: VerdictProps) => a.isListed === b.isListed && same(a.row, b.row),
);

/** "Prepare instance logins": the root email and the pasted logins, a summary first, then verdicts. */
export function PrepareSection(props: PrepareSectionProps) {
  const { view, box } = props;
  const hasRows = view.rows.length > 0;
  const total = view.checkedCount + view.pending;
  return (
    <Section id="prepare" title={t('optionsPrepareTitle')} intro={t('optionsPrepareIntro')}>
      <Field
        id="prepare-root"
        label={t('optionsRootEmailLabel')}
        hint={t('optionsRootEmailHint')}
        type="email"
        value={props.rootEmail}
        error={view.rootError}
        onInput={props.onRootEmail}
      />
      <Field
        id="prepare-logins"
        label={t('optionsLoginsLabel')}
        hint={t('optionsLoginsHint')}
        multiline
        rows={6}
        value={box.text}
        describedBy={hasRows ? 'prepare-summary' : undefined}
        error={view.problemCount > 0 ? t('optionsLoginsProblems', String(view.problemCount)) : null}
        onInput={props.onText}
      />
      {box.listed.length > 0 && (
        <div class="actions">
          {box.moved > 0 && <Notice>{t('optionsLoginsMoved', String(box.moved))}</Notice>}
          <button type="button" class="btn btn--secondary" onClick={props.onClearList}>
            {t('optionsLoginsClearList', String(box.listed.length))}
          </button>
        </div>
      )}
      {hasRows && (
        <>
          <p id="prepare-summary" class="summary" aria-live="polite">
            {view.pending > 0
              ? t('optionsLoginsChecking', [String(view.checkedCount), String(total)])
              : t('optionsLoginsSummary', [String(view.okCount), String(view.problemCount)])}
          </p>
          <ul class="verdicts" aria-label={t('optionsVerdictsLabel')}>
            {view.rows.map((row) => (
              <Verdict
                key={row.line}
                row={row}
                isListed={row.line <= box.listed.length}
                onLine={props.onLine}
              />
            ))}
          </ul>
          {view.checkedCount > view.rows.length && (
            <div class="actions">
              <p class="field__hint">
                {t('optionsLoginsShowing', [String(view.rows.length), String(view.checkedCount)])}
              </p>
              <button type="button" class="btn btn--secondary" onClick={props.onShowMore}>
                {t(
                  'optionsLoginsShowMore',
                  String(Math.min(MORE_ROWS, view.checkedCount - view.rows.length)),
                )}
              </button>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
