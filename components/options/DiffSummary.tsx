import { t } from '../../lib/i18n/t';
import type { ListDiff } from '../../lib/options/diff-lists';

/** What a save or an import changes: the orgs added, changed (with the fields) and removed. */
export function DiffSummary({ diff, id }: { diff: ListDiff; id: string }) {
  return (
    <div class="diff" id={id}>
      <DiffList
        title={t('optionsDiffAdded', String(diff.added.length))}
        items={diff.added.map((org) => org.name)}
      />
      <DiffList
        title={t('optionsDiffChanged', String(diff.changed.length))}
        items={diff.changed.map(({ after, fields }) => `${after.name} (${fields.join(', ')})`)}
      />
      <DiffList
        title={t('optionsDiffRemoved', String(diff.removed.length))}
        items={diff.removed.map((org) => org.name)}
      />
    </div>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  return (
    <div class="diff__group">
      <p class="diff__title">{title}</p>
      {items.length > 0 && (
        <ul>
          {items.map((item, at) => (
            <li key={at}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface ConfirmDiffProps {
  /** Prefix of the element ids that tie the title and the summary to the dialog. */
  id: string;
  title: string;
  diff: ListDiff;
  actionLabel: string;
  tone: 'primary' | 'danger';
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An in-page confirmation: what a change will do to the list, with its action and Cancel. */
export function ConfirmDiff(props: ConfirmDiffProps) {
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-diff`}
    >
      <p id={`${props.id}-title`} class="confirm__title">
        {props.title}
      </p>
      <DiffSummary id={`${props.id}-diff`} diff={props.diff} />
      <div class="actions">
        <button
          type="button"
          class={props.tone === 'danger' ? 'btn btn--primary confirm__danger' : 'btn btn--primary'}
          onClick={props.onConfirm}
          disabled={props.isBusy}
        >
          {props.actionLabel}
        </button>
        <button type="button" class="btn btn--secondary" onClick={props.onCancel}>
          {t('optionsConfirmCancel')}
        </button>
      </div>
    </div>
  );
}
