import { useEffect, useMemo, useState } from 'preact/hooks';
import { instanceLogin } from '../../lib/alias';
import { buildProfile } from '../../lib/connection/build-profile';
import { buildManualGroup, manualListFromGroup, parseManualJson } from '../../lib/directory/manual';
import type { ManualError, ManualList } from '../../lib/directory/manual';
import { t } from '../../lib/i18n/t';
import { diffLists, dropsData } from '../../lib/options/diff-lists';
import type { ListDiff } from '../../lib/options/diff-lists';
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

/** The manual instance list editor: the draft as typed, its checks, save with confirmation, import and export. */
export function useManualEditor({ state, saveManual }: OptionsState) {
  const profile = useMemo(() => buildProfile(), []);
  const [draft, setDraft] = useState<ManualDraft>(() => draftFromGroup(null));
  const [isDirty, setDirty] = useState(false);
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [pendingDrop, setPendingDrop] = useState<ListDiff | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [importErrors, setImportErrors] = useState<{ fileName: string; errors: ManualError[] } | null>(null);
  const group = state?.group ?? null;

  useEffect(() => {
    if (!isDirty) setDraft(draftFromGroup(group));
    // Only a new saved list resets an untouched draft; typing never gets overwritten.
  }, [group]);

  const check = useMemo(() => checkDraft(draft, { profile, now: Date.now() }), [draft, profile]);
  const errors = isDirty ? new Map([...check.byField, ...serverErrors]) : serverErrors;
  const logins = new Map(draft.orgs.map((org) => [org.key, instanceLogin(draft.rootEmail, org.tag)]));

  const edit = (next: ManualDraft) => {
    setDraft(next);
    setDirty(true);
    setServerErrors(new Map());
    setPendingDrop(null);
    setStatus(null);
  };

  async function commit(list: unknown, onSaved: (count: number) => string): Promise<ManualError[] | null> {
    const result = await saveManual(list);
    if (!('ok' in result)) {
      setStatus({ tone: 'error', text: result.message });
      return null;
    }
    if (!result.ok) return result.errors;
    setDirty(false);
    setDraft(draftFromGroup(result.state.group));
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

  return {
    draft,
    errors,
    logins,
    pendingDrop,
    status,
    preview,
    importErrors,
    exported: group ? JSON.stringify(manualListFromGroup(group), null, 2) : null,
    setRootEmail: (rootEmail: string) => edit({ ...draft, rootEmail }),
    setOrg: (key: string, patch: Partial<DraftOrg>) =>
      edit({ ...draft, orgs: updateOrg(draft.orgs, key, patch) }),
    add: () => edit({ ...draft, orgs: [...draft.orgs, emptyOrg(draft.orgs.length === 0)] }),
    move: (index: number, delta: number) => edit({ ...draft, orgs: moveOrg(draft.orgs, index, delta) }),
    remove: (key: string) => edit({ ...draft, orgs: draft.orgs.filter((org) => org.key !== key) }),
    save: () => {
      setDirty(true);
      if (!check.group) {
        setStatus({ tone: 'error', text: t('optionsManualFixFields', String(check.errors.length)) });
        return;
      }
      const diff = diffLists(group?.instances ?? [], check.group.instances);
      if (dropsData(diff)) setPendingDrop(diff);
      else void saveDraft();
    },
    confirmSave: () => void saveDraft(),
    cancelSave: () => setPendingDrop(null),
    importFile: async (file: File) => {
      setPreview(null);
      setImportErrors(null);
      setStatus(null);
      const parsed = parseManualJson(await file.text());
      const built = parsed.ok ? buildManualGroup(parsed.list, { profile, now: Date.now() }) : parsed;
      if (!parsed.ok || !built.ok) {
        setImportErrors({ fileName: file.name, errors: built.ok ? [] : built.errors });
        return;
      }
      setPreview({
        fileName: file.name,
        diff: diffLists(group?.instances ?? [], built.group.instances),
        list: parsed.list,
      });
    },
    applyImport: async () => {
      if (!preview) return;
      const errorsFound = await commit(preview.list, (count) =>
        t('optionsImportDone', [preview.fileName, String(count)]),
      );
      if (errorsFound && errorsFound.length > 0)
        setImportErrors({ fileName: preview.fileName, errors: errorsFound });
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
