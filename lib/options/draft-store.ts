/**
 * The instance-list editor's unsaved draft, kept in the options page's `localStorage` so a reload
 * or a closed tab loses nothing. It holds only what the person typed (root email, org names,
 * tags, environments, colours): no token or secret.
 */
import { z } from 'zod';
import { ENVIRONMENTS } from '../directory/schema';
import { newRowKey } from './manual-draft';
import type { ManualDraft } from './manual-draft';

const KEY = 'options.manualDraft.v1';

const StoredOrgSchema = z.object({
  name: z.string().max(1000),
  tag: z.string().max(1000),
  environment: z.enum(ENVIRONMENTS),
  isPrimary: z.boolean(),
  colour: z.string().max(100),
  orgId: z.string().max(1000).optional(),
  appUrl: z.string().max(4096).optional(),
  loginUrl: z.string().max(4096).optional(),
});
const StoredDraftSchema = z.object({
  rootEmail: z.string().max(1000),
  orgs: z.array(StoredOrgSchema).max(1000),
});

/** Keeps the draft (row keys are not kept; they are made again when it is read). */
export function storeDraft(draft: ManualDraft, storage: Storage = localStorage): void {
  const orgs = draft.orgs.map(({ key: _key, ...org }) => org);
  try {
    storage.setItem(KEY, JSON.stringify({ rootEmail: draft.rootEmail, orgs }));
  } catch {
    // Storage full or unavailable: the draft still lives in the page until it is closed.
  }
}

/** The kept draft, or `null` when there is none or it cannot be read. */
export function loadDraft(storage: Storage = localStorage): ManualDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  const parsed = StoredDraftSchema.safeParse(value);
  if (!parsed.success) return null;
  return {
    rootEmail: parsed.data.rootEmail,
    orgs: parsed.data.orgs.map((org) => ({ ...org, key: newRowKey() })),
  };
}

/** Forgets the kept draft (after a save, or when the person discards it). */
export function clearDraft(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}
