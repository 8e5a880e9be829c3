import { ENVIRONMENTS } from '../../lib/directory/schema';
import type { Environment } from '../../lib/directory/schema';
import { t } from '../../lib/i18n/t';
import type { DraftOrg } from '../../lib/options/manual-draft';
import { ENV_KEYS } from './OrgInfoSection';

export interface OrgRowProps {
  org: DraftOrg;
  index: number;
  count: number;
  /** The login this row's tag makes, or `null` while root or tag is invalid. */
  login: string | null;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<DraftOrg>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

function describedBy(id: string, error: string | undefined, extra?: string): string | undefined {
  return [error ? `${id}-error` : null, extra].filter(Boolean).join(' ') || undefined;
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** One org of the manual list: name, tag, environment, primary, colour, and its move/remove buttons. */
export function OrgRow({ org, index, count, login, errorOf, onChange, onMove, onRemove }: OrgRowProps) {
  const id = (field: string) => `${org.key}-${field}`;
  const nameError = errorOf('name');
  const tagError = errorOf('tag');
  const envError = errorOf('environment');
  const colourError = errorOf('colour');
  const primaryError = errorOf('primary');
  const rowError = errorOf('row');
  const title = t('optionsOrgLegend', [String(index + 1), org.name || t('optionsOrgUnnamed')]);
  return (
    <fieldset class="org-row" aria-describedby={rowError ? `${id('row')}-error` : undefined}>
      <legend>{title}</legend>
      <div class="org-row__fields">
        <div class="field">
          <label class="field__label" for={id('name')}>
            {t('optionsOrgNameLabel')}
          </label>
          <input
            id={id('name')}
            class="field__input"
            value={org.name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(id('name'), nameError)}
            onInput={(e) => onChange({ name: e.currentTarget.value })}
          />
          <FieldError id={id('name')} error={nameError} />
        </div>
        <div class="field">
          <label class="field__label" for={id('tag')}>
            {t('optionsOrgTagLabel')}
          </label>
          <input
            id={id('tag')}
            class="field__input"
            value={org.tag}
            spellcheck={false}
            aria-invalid={tagError ? true : undefined}
            aria-describedby={describedBy(id('tag'), tagError, id('login'))}
            onInput={(e) => onChange({ tag: e.currentTarget.value })}
          />
          <p class="field__hint" id={id('login')}>
            {login ? t('optionsOrgLoginIs', login) : t('optionsOrgTagHint')}
          </p>
          <FieldError id={id('tag')} error={tagError} />
        </div>
        <div class="field">
          <label class="field__label" for={id('environment')}>
            {t('optionsOrgEnvironmentLabel')}
          </label>
          <select
            id={id('environment')}
            class="field__input"
            value={org.environment}
            aria-invalid={envError ? true : undefined}
            aria-describedby={describedBy(id('environment'), envError)}
            onChange={(e) => onChange({ environment: e.currentTarget.value as Environment })}
          >
            {ENVIRONMENTS.map((env) => (
              <option key={env} value={env}>
                {t(ENV_KEYS[env])}
              </option>
            ))}
          </select>
          <FieldError id={id('environment')} error={envError} />
        </div>
        <div class="field">
          <label class="field__label" for={id('colour')}>
            {t('optionsOrgColourLabel')}
          </label>
          <input
            id={id('colour')}
            class="field__input field__input--short"
            value={org.colour}
            placeholder="#1a73e8"
            spellcheck={false}
            aria-invalid={colourError ? true : undefined}
            aria-describedby={describedBy(id('colour'), colourError, id('colour-hint'))}
            onInput={(e) => onChange({ colour: e.currentTarget.value.trim() })}
          />
          <p class="field__hint" id={id('colour-hint')}>
            {t('optionsOrgColourHint')}
          </p>
          <FieldError id={id('colour')} error={colourError} />
        </div>
      </div>
      <label class="check">
        <input
          type="radio"
          name="manual-primary"
          checked={org.isPrimary}
          aria-describedby={describedBy(id('primary'), primaryError)}
          onChange={() => onChange({ isPrimary: true })}
        />
        {t('optionsOrgPrimaryLabel')}
      </label>
      <FieldError id={id('primary')} error={primaryError} />
      <FieldError id={id('row')} error={rowError} />
      <div class="actions actions--small">
        <button
          type="button"
          class="btn btn--secondary org-row__action"
          onClick={() => onMove(-1)}
          disabled={index === 0}
          aria-label={t('optionsOrgMoveUpLabel', title)}
        >
          {t('optionsOrgMoveUp')}
        </button>
        <button
          type="button"
          class="btn btn--secondary org-row__action"
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={t('optionsOrgMoveDownLabel', title)}
        >
          {t('optionsOrgMoveDown')}
        </button>
        <button
          type="button"
          class="btn btn--secondary org-row__action"
          onClick={onRemove}
          disabled={count === 1}
          aria-label={t('optionsOrgRemoveLabel', title)}
        >
          {t('optionsOrgRemove')}
        </button>
      </div>
    </fieldset>
  );
}
