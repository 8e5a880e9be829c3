import type { ConnectionProfile, ProfileId } from '../../lib/connection/profiles';
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
  return (
    <Section id="connection" title={t('optionsConnectionTitle')} intro={t('optionsConnectionIntro')}>
      <fieldset class="source">
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
          isReadOnly={!isCustom}
          value={isCustom || !props.builtIn ? props.form[field] : builtInValue(props.builtIn, field)}
          error={isCustom ? props.errors[field] : null}
          onInput={(value) => props.onField(field, value)}
        />
      ))}
      <div class="actions">
        <button type="button" class="button button--primary" onClick={props.onSave} disabled={props.isBusy}>
          {t('optionsConnectionSave')}
        </button>
      </div>
      {props.status && <Notice tone={props.status.tone}>{props.status.text}</Notice>}
    </Section>
  );
}

function builtInValue(profile: ConnectionProfile, field: ConnectionField): string {
  return field === 'allowedHosts' ? profile.allowedHosts.join('\n') : profile[field];
}
