import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildProfile } from '../../lib/connection/build-profile';
import { manualListFromGroup } from '../../lib/directory/manual';
import type { ManualError, ManualList } from '../../lib/directory/manual';
import { t } from '../../lib/i18n/t';
import { diffLists, dropsData, hasChanges } from '../../lib/options/diff-lists';
import type { ListDiff } from '../../lib/options/diff-lists';
import { createDraftChecker } from '../../lib/options/draft-checker';
import { clearDraft, loadDraft, storeDraft } from '../../lib/options/draft-store';
import { MAX_ORGS, importSizeProblem, readImport } from '../../lib/options/import-check';
import {
  checkDraft,
  draftFromGroup,
  emptyOrg,
  errorSlot,
  listFromDraft,
  moveOrg,
  updateOrg,
} from '../../lib/options/manual-draft';
import type { DraftOrg, ManualDraft } from '../../lib/options/manual-draft';
import type { OptionsState } from './use-options-state';

type Status = { tone: 'info' | 'error'; text: string } | null;
interface Preview {
  fileName: string;
  diff: ListDiff;
  list: ManualList;
}

function slotsOf(draft: ManualDraft, errors: ManualError[]): Map<string, string> {
  return new Map(errors.map((error) => [errorSlot(draft, error), error.message]));
}

/** The manual instance list editor: the draft as typed (kept across reloads), its checks, save, import, export. */
export function useManualEditor({ state, saveManual }: OptionsState) {
  const profile = useMemo(() => buildProfile(), []);
  const [restored] = useState(() => loadDraft());
  const [draft, setDraft] = useState<ManualDraft>(() => restored ?? draftFromGroup(null));
  const [isDirty, setDirty] = useState(restored !== null);
  const [isRestored, setRestored] = useState(restored !== null);
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [pendingDrop, setPendingDrop] = useState<ListDiff | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [importErrors, setImportErrors] = useState<{ fileName: string; problems: string[] } | null>(null);
  const group = state?.group ?? null;
  const checker = useMemo(() => createDraftChecker({ profile, now: 0 }, t), [profile]);

  useEffect(() => {
    if (!isDirty) setDraft(draftFromGroup(group));
    // Only a new saved list resets an untouched draft; typing never gets overwritten.
  }, [group]);

  // The draft is kept a moment after the last key, not on every key.
  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(() => storeDraft(draft), 300);
    return () => clearTimeout(timer);
  }, [draft, isDirty]);

  // Memoised: the page re-renders for other state too, and Export's JSON of 1,000 orgs takes ms.
  const check = useMemo(() => checker(draft), [checker, draft]);
  const errors = useMemo(
    () => (isDirty ? new Map([...check.byField, ...serverErrors]) : serverErrors),
    [check, isDirty, serverErrors],
  );
  const exported = useMemo(
    () => (group ? JSON.stringify(manualListFromGroup(group), null, 2) : null),
    [group],
  );

  // Updaters, not values: a row that did not re-render still edits the latest draft.
  const edit = (change: (old: ManualDraft) => ManualDraft) => {
    setDraft(change);
    setDirty(true);
    setServerErrors((old) => (old.size === 0 ? old : new Map()));
    setPendingDrop(null);
    setStatus(null);
  };

  function settle(next: ManualDraft) {
    clearDraft();
    setDirty(false);
    setRestored(false);
    setDraft(next);
  }

  async function commit(list: unknown, onSaved: (count: number) => string): Promise<ManualError[] | null> {
    const result = await saveManual(list);
    if (!('ok' in result)) {
      setStatus({ tone: 'error', text: result.message });
      return null;
    }
    if (!result.ok) return result.errors;
    settle(draftFromGroup(result.state.group));
    setStatus({ tone: 'info', text: onSaved(result.state.group?.instances.length ?? 0) });
    return [];
  }

  async function saveDraft() {
    setPendingDrop(null);
    const errorsFound = await commit(listFromDraft(draft), (count) => t('optionsManualSaved', String(count)));
    if (errorsFound && errorsFound.length > 0) {
      setServerErrors(slotsOf(draft, errorsFound));
      setStatus({ tone: 'error', text: t('optionsManualSaveRefused', String(errorsFound.length)) });
    }
  }

  async function importFile(file: File) {
    setPreview(null);
    setImportErrors(null);
    setStatus(null);
    // Refused by size before a byte is read: a 20 MB file must not freeze the page.
    const tooLarge = importSizeProblem(file.size, t);
    if (tooLarge) return setImportErrors({ fileName: file.name, problems: [tooLarge] });
    const read = readImport(await file.text(), { profile, now: Date.now() }, t);
    if (!read.ok) return setImportErrors({ fileName: file.name, problems: read.problems });
    const diff = diffLists(group?.instances ?? [], read.group.instances);
    if (!hasChanges(diff) && group?.rootEmail === read.group.rootEmail) {
      return setStatus({ tone: 'info', text: t('optionsImportNothingToChange', file.name) });
    }
    setPreview({ fileName: file.name, diff, list: read.list });
  }

  return {
    draft,
    errors,
    errorCount: isDirty ? check.errors.length : serverErrors.size,
    pendingDrop,
    status,
    preview,
    importErrors,
    isRestored,
    isAtLimit: draft.orgs.length >= MAX_ORGS,
    exported,
    setRootEmail: (rootEmail: string) => edit((old) => ({ ...old, rootEmail })),
    setOrg: (key: string, patch: Partial<DraftOrg>) =>
      edit((old) => ({ ...old, orgs: updateOrg(old.orgs, key, patch) })),
    add: () =>
      edit((old) =>
        old.orgs.length < MAX_ORGS ? { ...old, orgs: [...old.orgs, emptyOrg(old.orgs.length === 0)] } : old,
      ),
    move: (index: number, delta: number) =>
      edit((old) => ({ ...old, orgs: moveOrg(old.orgs, index, delta) })),
    remove: (key: string) => edit((old) => ({ ...old, orgs: old.orgs.filter((org) => org.key !== key) })),
    discard: () => {
      settle(draftFromGroup(group));
      setServerErrors(new Map());
      setStatus(null);
    },
    save: () => {
      setDirty(true);
      const full = checkDraft(draft, { profile, now: Date.now() });
      if (!full.group || check.errors.length > 0) {
        setStatus({
          tone: 'error',
          text: t('optionsManualFixFields', String(Math.max(check.errors.length, full.errors.length))),
        });
        return;
      }
      const diff = diffLists(group?.instances ?? [], full.group.instances);
      if (dropsData(diff)) setPendingDrop(diff);
      else void saveDraft();
    },
    confirmSave: () => void saveDraft(),
    cancelSave: () => setPendingDrop(null),
    importFile,
    applyImport: async () => {
      if (!preview) return;
      const errorsFound = await commit(preview.list, (count) =>
        t('optionsImportDone', [preview.fileName, String(count)]),
      );
      if (errorsFound && errorsFound.length > 0)
        setImportErrors({ fileName: preview.fileName, problems: errorsFound.map((error) => error.message) });
      setPreview(null);
    },
    cancelImport: () => setPreview(null),
    exportFile: () => {
      if (!group) return;
      const blob = new Blob([JSON.stringify(manualListFromGroup(group), null, 2)], {
        type: 'application/json',
      });
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: 'cross-instance-orgs.json',
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
