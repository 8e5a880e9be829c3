/**
 * The instance-list editor's checks, per keystroke at 1,000 orgs: each row is checked once (by the
 * same rules the background saves with, `buildManualGroup`, on that row alone) and the result is
 * kept until the row or the root email changes; repeated tags and primaries are then found in one
 * pass. Saving still runs the whole list through `checkDraft`.
 */
import { buildManualGroup } from '../directory/manual';
import type { BuildManualGroupOptions, ManualError } from '../directory/manual';
import { errorSlot, listFromDraft } from './manual-draft';
import type { DraftOrg, ManualDraft } from './manual-draft';
import type { Translate } from './translate';
import { tagInputProblem } from './typed-words';
import { visible } from './visible-text';

type RowError = Omit<ManualError, 'entry'>;

export interface DraftErrors {
  errors: ManualError[];
  /** By slot: `rootEmail`, `list`, or `${rowKey}:${field}` (see `errorSlot`). */
  byField: Map<string, string>;
}

function rowErrors(
  draft: ManualDraft,
  org: DraftOrg,
  options: BuildManualGroupOptions,
  t: Translate,
): RowError[] {
  const typed = tagInputProblem(org.tag, t);
  const [item] = listFromDraft({ ...draft, orgs: [{ ...org, isPrimary: false }] }).instances;
  const built = buildManualGroup(
    { version: 1, rootEmail: draft.rootEmail.trim(), instances: [item] },
    options,
  );
  const found = built.ok
    ? []
    : built.errors.map(({ field, message }) => ({ field, message: visible(message) }));
  if (!typed) return found;
  return [{ field: 'tag', message: typed }, ...found.filter((error) => error.field !== 'tag')];
}

function repeats(orgs: readonly DraftOrg[], t: Translate): ManualError[] {
  const errors: ManualError[] = [];
  const tagAt = new Map<string, number>();
  let primaryAt: number | null = null;
  orgs.forEach((org, at) => {
    const entry = at + 1;
    const tag = org.tag.trim().toLowerCase();
    const first = tagAt.get(tag);
    if (first === undefined) tagAt.set(tag, entry);
    else {
      const message =
        tag === ''
          ? t('optionsDraftRootRepeated', String(first))
          : t('optionsDraftTagRepeated', [visible(org.tag.trim()), String(first)]);
      errors.push({ entry, field: 'tag', message });
    }
    if (!org.isPrimary) return;
    if (primaryAt === null) primaryAt = entry;
    else
      errors.push({ entry, field: 'primary', message: t('optionsDraftPrimaryRepeated', String(primaryAt)) });
  });
  return errors;
}

/** A checker that remembers each row's verdict (rows are immutable: an edit makes a new row). */
export function createDraftChecker(options: BuildManualGroupOptions, t: Translate) {
  let root: string | null = null;
  let cache = new WeakMap<DraftOrg, RowError[]>();
  return (draft: ManualDraft): DraftErrors => {
    if (draft.rootEmail !== root) {
      root = draft.rootEmail;
      cache = new WeakMap();
    }
    const rootCheck = buildManualGroup(
      { version: 1, rootEmail: draft.rootEmail.trim(), instances: [{}] },
      options,
    );
    const rootError =
      !rootCheck.ok && rootCheck.errors.find((error) => error.entry === null && error.field === 'rootEmail');
    const errors: ManualError[] = rootError ? [{ ...rootError, message: visible(rootError.message) }] : [];
    if (draft.orgs.length === 0) errors.push({ entry: null, field: 'list', message: t('optionsDraftEmpty') });
    draft.orgs.forEach((org, at) => {
      let found = rootError ? [] : cache.get(org);
      if (!found) cache.set(org, (found = rowErrors(draft, org, options, t)));
      for (const error of found) errors.push({ entry: at + 1, ...error });
    });
    errors.push(...repeats(draft.orgs, t));
    const byField = new Map<string, string>();
    for (const error of errors) {
      const slot = errorSlot(draft, error);
      byField.set(slot, byField.has(slot) ? `${byField.get(slot)} ${error.message}` : error.message);
    }
    return { errors, byField };
  };
}
