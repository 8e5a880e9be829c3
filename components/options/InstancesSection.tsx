import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/t';
import type { ListDiff } from '../../lib/options/diff-lists';
import type { DraftOrg, ManualDraft } from '../../lib/options/manual-draft';
import { ConfirmDiff } from './DiffSummary';
import { Field, Notice, Section } from './Field';
import { OrgRow } from './OrgRow';

export interface InstancesSectionProps {
  source: 'directory' | 'manual' | null;
  draft: ManualDraft;
  /** Errors by slot: `rootEmail`, `list`, or `${rowKey}:${field}`. */
  errors: Map<string, string>;
  /** Logins the rows' tags make, by row key. */
  logins: Map<string, string | null>;
  /** Set while a save that removes orgs waits for confirmation. */
  pendingDrop: ListDiff | null;
  status: { tone: 'info' | 'error'; text: string } | null;
  isBusy: boolean;
  transfer: ComponentChildren;
  onSource: (source: 'directory' | 'manual') => void;
  onRootEmail: (value: string) => void;
  onOrg: (key: string, patch: Partial<DraftOrg>) => void;
  onAdd: () => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (key: string) => void;
  onSave: () => void;
  onConfirmSave: () => void;
  onCancelSave: () => void;
}

/** "Instance list (manual source)": the orgs typed in by hand, validated with the alias rules as they change. */
export function InstancesSection(props: InstancesSectionProps) {
  const { draft, errors } = props;
  return (
    <Section id="instances" title={t('optionsInstancesTitle')} intro={t('optionsInstancesIntro')}>
      <fieldset class="source">
        <legend>{t('optionsSourceLegend')}</legend>
        {(['directory', 'manual'] as const).map((source) => (
          <label class="check" key={source}>
            <input
              type="radio"
              name="source"
              checked={props.source === source}
              disabled={props.isBusy}
              onChange={() => props.onSource(source)}
            />
            {source === 'manual' ? t('optionsSourceManual') : t('optionsSourceDirectory')}
          </label>
        ))}
      </fieldset>
      <Field
        id="manual-root"
        label={t('optionsRootEmailLabel')}
        type="email"
        value={draft.rootEmail}
        error={errors.get('rootEmail')}
        onInput={props.onRootEmail}
      />
      <div class="org-rows">
        {draft.orgs.map((org, index) => (
          <OrgRow
            key={org.key}
            org={org}
            index={index}
            count={draft.orgs.length}
            login={props.logins.get(org.key) ?? null}
            errorOf={(field) => errors.get(`${org.key}:${field}`)}
            onChange={(patch) => props.onOrg(org.key, patch)}
            onMove={(delta) => props.onMove(index, delta)}
            onRemove={() => props.onRemove(org.key)}
          />
        ))}
      </div>
      {errors.get('list') && <p class="field__error">{errors.get('list')}</p>}
      <div class="actions">
        <button type="button" class="button" onClick={props.onAdd}>
          {t('optionsOrgAdd')}
        </button>
        <button
          type="button"
          class="button button--primary"
          onClick={props.onSave}
          disabled={props.isBusy || props.pendingDrop !== null}
        >
          {t('optionsManualSave')}
        </button>
      </div>
      {props.pendingDrop && (
        <ConfirmDiff
          id="confirm-save"
          title={t('optionsConfirmDropTitle', String(props.pendingDrop.removed.length))}
          diff={props.pendingDrop}
          actionLabel={t('optionsConfirmDropAction')}
          tone="danger"
          isBusy={props.isBusy}
          onConfirm={props.onConfirmSave}
          onCancel={props.onCancelSave}
        />
      )}
      {props.status && <Notice tone={props.status.tone}>{props.status.text}</Notice>}
      {props.transfer}
    </Section>
  );
}
