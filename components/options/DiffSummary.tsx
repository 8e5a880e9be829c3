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
