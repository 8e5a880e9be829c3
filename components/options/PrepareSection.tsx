import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import type { LoginCheckView } from '../../lib/options/login-check-view';
import { Field, Section } from './Field';

export interface PrepareSectionProps {
  rootEmail: string;
  logins: string;
  view: LoginCheckView;
  onRootEmail: (value: string) => void;
  onLogins: (value: string) => void;
}

/** Rows shown at first, and added by each "Show more" (the counts above cover every line). */
export const ROWS_PER_STEP = 100;

/** "Prepare instance logins": the root email and the pasted logins, a summary first, then verdicts. */
export function PrepareSection({ rootEmail, logins, view, onRootEmail, onLogins }: PrepareSectionProps) {
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const hasRows = view.rows.length > 0;
  const total = view.rows.length + view.pending;
  const rows = view.rows.slice(0, shown);
  return (
    <Section id="prepare" title={t('optionsPrepareTitle')} intro={t('optionsPrepareIntro')}>
      <Field
        id="prepare-root"
        label={t('optionsRootEmailLabel')}
        hint={t('optionsRootEmailHint')}
        type="email"
        value={rootEmail}
        error={view.rootError}
        onInput={onRootEmail}
      />
      <Field
        id="prepare-logins"
        label={t('optionsLoginsLabel')}
        hint={t('optionsLoginsHint')}
        multiline
        rows={6}
        value={logins}
        describedBy={hasRows ? 'prepare-summary' : undefined}
        error={view.problemCount > 0 ? t('optionsLoginsProblems', String(view.problemCount)) : null}
        onInput={onLogins}
      />
      {hasRows && (
        <>
          <p id="prepare-summary" class="summary" aria-live="polite">
            {view.pending > 0
              ? t('optionsLoginsChecking', [String(view.rows.length), String(total)])
              : t('optionsLoginsSummary', [String(view.okCount), String(view.problemCount)])}
          </p>
          <ul class="verdicts" aria-label={t('optionsVerdictsLabel')}>
            {rows.map((row) => (
              <li key={row.line} class={`verdict verdict--${row.ok ? 'ok' : 'bad'}`}>
                <span class="verdict__line">{t('optionsVerdictLine', String(row.line))}</span>{' '}
                <code class="verdict__login">{row.login}</code>{' '}
                {row.ok ? (
                  <span class="verdict__ok">
                    {row.tag === '' ? t('optionsVerdictOkRoot') : t('optionsVerdictOk', row.tag)}
                  </span>
                ) : (
                  <span class="verdict__reason">
                    {row.isDuplicate
                      ? `${t('optionsVerdictDuplicate')}: `
                      : `${t('optionsVerdictProblem')}: `}
                    {row.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {view.rows.length > rows.length && (
            <div class="actions">
              <p class="field__hint">
                {t('optionsLoginsShowing', [String(rows.length), String(view.rows.length)])}
              </p>
              <button
                type="button"
                class="btn btn--secondary"
                onClick={() => setShown(shown + ROWS_PER_STEP * 5)}
              >
                {t(
                  'optionsLoginsShowMore',
                  String(Math.min(ROWS_PER_STEP * 5, view.rows.length - rows.length)),
                )}
              </button>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
