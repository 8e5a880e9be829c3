import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { instanceLogin } from '../../lib/alias';
import { MAX_ORGS } from '../../lib/options/import-check';
import { t } from '../../lib/i18n/t';
import type { ListDiff } from '../../lib/options/diff-lists';
import type { DraftOrg, ManualDraft } from '../../lib/options/manual-draft';
import { ConfirmDiff } from './DiffSummary';
import { Field, Notice, Section } from './Field';
import { memo } from 'preact/compat';
import { OrgRow } from './OrgRow';
import type { OrgRowProps } from './OrgRow';

const ROW_FIELDS = ['name', 'tag', 'environment', 'colour', 'primary', 'row'];

/**
 * A row re-renders only when its org, place, login or errors change, so a key re-renders one row,
 * not the page of 50 (its callbacks edit the latest draft through updaters).
 */
const Row = memo(
  OrgRow,
  (a: OrgRowProps, b: OrgRowProps) =>
    a.org === b.org &&
    a.index === b.index &&
    a.count === b.count &&
    a.login === b.login &&
    ROW_FIELDS.every((field) => a.errorOf(field) === b.errorOf(field)),
);

export interface InstancesSectionProps {
  source: 'directory' | 'manual' | null;
  draft: ManualDraft;
  /** Errors by slot: `rootEmail`, `list`, or `${rowKey}:${field}`. */
  errors: Map<string, string>;
  /** Errors in the whole draft (rows on other pages included). */
  errorCount: number;
  isAtLimit: boolean;
  /** The draft was restored from an earlier visit and is not saved yet. */
  isRestored: boolean;
  /** Set while a save that removes orgs waits for confirmation. */
  pendingDrop: ListDiff | null;
  status: { tone: 'info' | 'error'; text: string } | null;
  isBusy: boolean;
  transfer: ComponentChildren;
  onSource: (source: 'directory' | 'manual') => void;
  /** The list source is set by policy (IT): shown, not changeable. */
  isSourceLocked?: boolean;
  onRootEmail: (value: string) => void;
  onOrg: (key: string, patch: Partial<DraftOrg>) => void;
  onAdd: () => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (key: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  onConfirmSave: () => void;
  onCancelSave: () => void;
}

/** Rows shown per page: a key re-renders one page, not 1,000 rows. */
export const ORGS_PER_PAGE = 50;

/** Org numbers (1-based) outside the page shown that have an error. */
function erroredElsewhere(
  draft: ManualDraft,
  errors: Map<string, string>,
  first: number,
  last: number,
): number[] {
  const keys = new Set([...errors.keys()].map((slot) => slot.split(':')[0]));
  return draft.orgs.flatMap((org, at) => (keys.has(org.key) && (at < first || at >= last) ? [at + 1] : []));
}

/** "Instance list (manual source)": the orgs typed in by hand, validated with the alias rules as they change. */
export function InstancesSection(props: InstancesSectionProps) {
  const { draft, errors } = props;
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(draft.orgs.length / ORGS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const first = current * ORGS_PER_PAGE;
  const last = Math.min(first + ORGS_PER_PAGE, draft.orgs.length);
  const elsewhere = erroredElsewhere(draft, errors, first, last);
  // Logins by tag for the root typed: a key in one row does not parse the root again for all 50.
  const logins = useMemo(() => new Map<string, string | null>(), [draft.rootEmail]);
  const loginOf = (tag: string) => {
    if (!logins.has(tag)) logins.set(tag, instanceLogin(draft.rootEmail, tag));
    return logins.get(tag) ?? null;
  };
  const onAdd = () => {
    props.onAdd();
    setPage(Math.floor(draft.orgs.length / ORGS_PER_PAGE));
  };
  return (
    <Section id="instances" title={t('optionsInstancesTitle')} intro={t('optionsInstancesIntro')}>
      {props.isSourceLocked && <p class="locked">{t('optionsConnectionLocked')}</p>}
      <fieldset class="source" disabled={props.isSourceLocked}>
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
      {props.isRestored && (
        <Notice tone="warning">
          <p>{t('optionsManualDraftRestored')}</p>
          <button type="button" class="btn btn--secondary" onClick={props.onDiscard}>
            {t('optionsManualDiscard')}
          </button>
        </Notice>
      )}
      <p class="field__hint" id="manual-limit">
        {t('optionsManualLimit', [String(MAX_ORGS), String(draft.orgs.length)])}
      </p>
      {pages > 1 && (
        <Pager
          current={current}
          pages={pages}
          first={first}
          last={last}
          total={draft.orgs.length}
          onPage={setPage}
        />
      )}
      <div class="org-rows">
        {draft.orgs.slice(first, last).map((org, offset) => (
          <Row
            key={org.key}
            org={org}
            index={first + offset}
            count={draft.orgs.length}
            login={loginOf(org.tag)}
            errorOf={(field) => errors.get(`${org.key}:${field}`)}
            onChange={(patch) => props.onOrg(org.key, patch)}
            onMove={(delta) => props.onMove(first + offset, delta)}
            onRemove={() => props.onRemove(org.key)}
          />
        ))}
      </div>
      {errors.get('list') && <p class="field__error">{errors.get('list')}</p>}
      {elsewhere.length > 0 && (
        <p class="field__error">
          {t('optionsOrgRowErrorsElsewhere', [String(elsewhere.length), elsewhere.slice(0, 20).join(', ')])}
        </p>
      )}
      {props.isAtLimit && (
        <p class="field__error" id="manual-at-limit">
          {t('optionsManualAtLimit', String(MAX_ORGS))}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={onAdd}
          disabled={props.isAtLimit}
          aria-describedby={props.isAtLimit ? 'manual-at-limit' : 'manual-limit'}
        >
          {t('optionsOrgAdd')}
        </button>
        <button
          type="button"
          class="btn btn--primary"
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

function Pager(props: {
  current: number;
  pages: number;
  first: number;
  last: number;
  total: number;
  onPage: (page: number) => void;
}) {
  return (
    <nav class="pager" aria-label={t('optionsManualPagesLabel')}>
      <button
        type="button"
        class="btn btn--secondary"
        disabled={props.current === 0}
        onClick={() => props.onPage(props.current - 1)}
      >
        {t('optionsManualPrev', String(ORGS_PER_PAGE))}
      </button>
      <span aria-live="polite">
        {t('optionsManualPage', [String(props.first + 1), String(props.last), String(props.total)])}
      </span>
      <button
        type="button"
        class="btn btn--secondary"
        disabled={props.current >= props.pages - 1}
        onClick={() => props.onPage(props.current + 1)}
      >
        {t('optionsManualNext', String(ORGS_PER_PAGE))}
      </button>
    </nav>
  );
}
