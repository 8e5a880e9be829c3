import type { ConnectionProfile, ProfileId } from '../../lib/connection/profiles';
import type { CheckResult, Outcome } from '../../lib/connection/test-connection';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import type { ConnectionField, ConnectionForm } from '../../lib/options/connection-form';
import { Field, Notice, Section } from './Field';

export interface ConnectionSectionProps {
  profileId: ProfileId;
  /** The selected built-in profile's values, shown read-only; `null` for custom. */
  builtIn: ConnectionProfile | null;
  form: ConnectionForm;
  errors: Partial<Record<ConnectionField, string>>;
  status: { tone: 'info' | 'error' | 'warning'; text: string } | null;
  isBusy: boolean;
  /** Set by policy (IT): shown, not editable. */
  isLocked: boolean;
  /** Set while a save that signs out waits for a yes: what would go. */
  pendingLoss: { email: string | null; orgCount: number } | null;
  tests: CheckResult[] | 'running' | null;
  onTest: () => void;
  onConfirmSave: () => void;
  onCancelSave: () => void;
  onProfile: (id: ProfileId) => void;
  onField: (field: ConnectionField, value: string) => void;
  onSave: () => void;
}

const PROFILE_KEYS: Record<ProfileId, MessageKey> = {
  sandbox: 'optionsProfileSandbox',
  outreach: 'optionsProfileOutreach',
  custom: 'optionsProfileCustom',
};

const FIELDS: { field: ConnectionField; label: MessageKey; hint?: MessageKey; multiline?: boolean }[] = [
  { field: 'issuer', label: 'optionsIssuerLabel', hint: 'optionsIssuerHint' },
  { field: 'clientId', label: 'optionsClientIdLabel' },
  { field: 'directoryUrl', label: 'optionsDirectoryUrlLabel', hint: 'optionsDirectoryUrlHint' },
  {
    field: 'allowedHosts',
    label: 'optionsAllowedHostsLabel',
    hint: 'optionsAllowedHostsHint',
    multiline: true,
  },
  { field: 'appUrl', label: 'optionsAppUrlLabel' },
  { field: 'loginUrl', label: 'optionsLoginUrlLabel' },
];

/** "Connection": which Outreach (or sandbox) the extension signs in to, and the hosts it may use. */
export function ConnectionSection(props: ConnectionSectionProps) {
  const isCustom = props.profileId === 'custom';
  const isEditable = isCustom && !props.isLocked;
  return (
    <Section id="connection" title={t('optionsConnectionTitle')} intro={t('optionsConnectionIntro')}>
      {props.isLocked && <p class="locked">{t('optionsConnectionLocked')}</p>}
      <fieldset class="source" disabled={props.isLocked}>
        <legend>{t('optionsProfileLegend')}</legend>
        {(['sandbox', 'outreach', 'custom'] as const).map((id) => (
          <label class="check" key={id}>
            <input
              type="radio"
              name="profile"
              checked={props.profileId === id}
              onChange={() => props.onProfile(id)}
            />
            {t(PROFILE_KEYS[id])}
          </label>
        ))}
      </fieldset>
      {FIELDS.map(({ field, label, hint, multiline }) => (
        <Field
          key={field}
          id={`connection-${field}`}
          label={t(label)}
          hint={hint ? t(hint) : undefined}
          multiline={multiline}
          rows={3}
          type={multiline || field === 'clientId' ? 'text' : 'url'}
          isReadOnly={!isEditable}
          value={isCustom || !props.builtIn ? props.form[field] : builtInValue(props.builtIn, field)}
          error={isCustom ? props.errors[field] : null}
          onInput={(value) => props.onField(field, value)}
        />
      ))}
      <div class="actions">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={props.onTest}
          disabled={props.tests === 'running'}
        >
          {t('optionsTestRun')}
        </button>
        {!props.isLocked && (
          <button
            type="button"
            class="btn btn--primary"
            onClick={props.onSave}
            disabled={props.isBusy || props.pendingLoss !== null}
          >
            {t('optionsConnectionSave')}
          </button>
        )}
      </div>
      {props.pendingLoss && (
        <ConfirmSwitch
          loss={props.pendingLoss}
          onConfirm={props.onConfirmSave}
          onCancel={props.onCancelSave}
        />
      )}
      {props.status && <Notice tone={props.status.tone}>{props.status.text}</Notice>}
      {props.tests && <TestResults tests={props.tests} />}
    </Section>
  );
}

function builtInValue(profile: ConnectionProfile, field: ConnectionField): string {
  return field === 'allowedHosts' ? profile.allowedHosts.join('\n') : profile[field];
}

const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  pass: 'optionsTestPass',
  fail: 'optionsTestFail',
  warn: 'optionsTestWarn',
  skipped: 'optionsTestSkippedLabel',
};

function TestResults({ tests }: { tests: CheckResult[] | 'running' }) {
  if (tests === 'running') return <p role="status">{t('optionsTestRunning')}</p>;
  return (
    <div role="status">
      <h3 class="section__subtitle">{t('optionsTestTitle')}</h3>
      <ul class="checks" aria-label={t('optionsTestTitle')}>
        {tests.map((result) => (
          <li
            key={result.check}
            class={`check-result check-result--${result.outcome}`}
            data-check={result.check}
          >
            <strong>{t(OUTCOME_KEYS[result.outcome])}</strong> {result.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConfirmSwitch(props: {
  loss: { email: string | null; orgCount: number };
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-switch-title"
      aria-describedby="confirm-switch-what"
    >
      <h3 id="confirm-switch-title" class="section__subtitle">
        {t('optionsConfirmSwitchTitle')}
      </h3>
      <ul id="confirm-switch-what">
        {props.loss.email && <li>{t('optionsConfirmSwitchSignedIn', props.loss.email)}</li>}
        {props.loss.orgCount > 0 && <li>{t('optionsConfirmSwitchList', String(props.loss.orgCount))}</li>}
      </ul>
      <div class="actions">
        {/* The confirming click is the gesture `permissions.request` runs in. */}
        <button type="button" class="btn btn--primary" onClick={props.onConfirm}>
          {t('optionsConfirmSwitchAction')}
        </button>
        <button type="button" class="btn btn--secondary" onClick={props.onCancel}>
          {t('optionsConfirmSwitchCancel')}
        </button>
      </div>
    </div>
  );
}
