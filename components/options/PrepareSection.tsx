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

/** "Prepare instance logins": the root email and the pasted logins, each with its verdict. */
export function PrepareSection({ rootEmail, logins, view, onRootEmail, onLogins }: PrepareSectionProps) {
  const hasRows = view.rows.length > 0;
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
            {t('optionsLoginsSummary', [String(view.okCount), String(view.problemCount)])}
          </p>
          <ul class="verdicts" aria-label={t('optionsVerdictsLabel')}>
            {view.rows.map((row) => (
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
        </>
      )}
    </Section>
  );
}
