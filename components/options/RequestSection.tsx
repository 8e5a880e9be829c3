import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import { MAX_LISTED_ORGS } from '../../lib/options/request-text';
import type { RequestGap, RequestOrg } from '../../lib/options/request-text';
import { Field, Notice, Section } from './Field';

export interface RequestSectionProps {
  companyName: string;
  orgs: RequestOrg[];
  /** Every ok login, when `orgs` holds only the first ones. */
  orgCount: number;
  primaryLogin: string;
  text: string;
  gaps: RequestGap[];
  copyStatus: 'idle' | 'copied' | 'failed';
  onCompanyName: (value: string) => void;
  onOrgName: (login: string, name: string) => void;
  onPrimary: (login: string) => void;
  onCopy: () => void;
}

const GAP_KEYS: Record<RequestGap, MessageKey> = {
  company: 'optionsRequestGapCompany',
  orgs: 'optionsRequestGapOrgs',
  names: 'optionsRequestGapNames',
  primary: 'optionsRequestGapPrimary',
  production: 'optionsRequestGapProduction',
};

const STEP_KEYS: MessageKey[] = [
  'optionsRequestStep1',
  'optionsRequestStep2',
  'optionsRequestStep3',
  'optionsRequestStep4',
  'optionsRequestStep5',
  'optionsRequestStep6',
  'optionsRequestStep7',
  'optionsRequestStep8',
];

/** "Request the feature": the support ticket's description from the checked logins, and how to file it. */
export function RequestSection(props: RequestSectionProps) {
  // Warnings only once there is something to warn about: nothing typed yet is not a mistake.
  const hasInput = props.orgs.length > 0 || props.companyName.trim() !== '';
  const named = props.orgs.slice(0, MAX_LISTED_ORGS);
  const unnamed = props.orgCount - named.length;
  return (
    <Section id="request" title={t('optionsRequestTitle')} intro={t('optionsRequestIntro')}>
      <Field
        id="request-company"
        label={t('optionsCompanyLabel')}
        value={props.companyName}
        onInput={props.onCompanyName}
        autoComplete="organization"
      />
      {props.orgs.length > 0 && (
        <fieldset class="request-orgs">
          <legend>{t('optionsRequestOrgsLegend')}</legend>
          {named.map((org, at) => (
            <div class="request-org" key={org.login}>
              <label class="field__label" for={`request-org-${at}`}>
                {t('optionsRequestOrgNameLabel', org.login)}
              </label>
              <input
                id={`request-org-${at}`}
                class="field__input"
                value={org.name}
                onInput={(event) => props.onOrgName(org.login, event.currentTarget.value)}
              />
              <label class="check">
                <input
                  type="radio"
                  name="request-primary"
                  checked={props.primaryLogin === org.login}
                  onChange={() => props.onPrimary(org.login)}
                />
                {t('optionsRequestPrimaryLabel', org.login)}
              </label>
            </div>
          ))}
          {unnamed > 0 && <p class="field__hint">{t('optionsRequestOrgsMore', String(unnamed))}</p>}
        </fieldset>
      )}
      {hasInput && props.gaps.length > 0 && (
        <ul class="gaps" aria-label={t('optionsRequestGapsLabel')}>
          {props.gaps.map((gap) => (
            <li key={gap}>{t(GAP_KEYS[gap])}</li>
          ))}
        </ul>
      )}
      <Field
        id="request-text"
        label={t('optionsRequestTextLabel')}
        multiline
        rows={10}
        isReadOnly
        value={props.text}
        onInput={() => undefined}
      />
      <div class="actions">
        <button type="button" class="btn btn--primary" onClick={props.onCopy}>
          {t('optionsRequestCopy')}
        </button>
        {props.copyStatus === 'copied' && <Notice>{t('optionsRequestCopied')}</Notice>}
        {props.copyStatus === 'failed' && <Notice tone="error">{t('optionsRequestCopyFailed')}</Notice>}
      </div>
      <h3 class="section__subtitle">{t('optionsRequestStepsTitle')}</h3>
      <ol class="steps">
        {STEP_KEYS.map((key) => (
          <li key={key}>{key === 'optionsRequestStep8' ? <a href="#org-info">{t(key)}</a> : t(key)}</li>
        ))}
      </ol>
    </Section>
  );
}
