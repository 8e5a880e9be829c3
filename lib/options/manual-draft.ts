import { checkInstanceLogin, parseRootEmail } from '../alias';
import { buildManualGroup } from '../directory/manual';
import type { BuildManualGroupOptions, ManualError } from '../directory/manual';
import type { Environment, InstanceGroup } from '../directory/schema';

/** One org row of the instance-list editor, as typed (nothing is lost while it is invalid). */
export interface DraftOrg {
  /** Stable row id for keys and element ids; not saved. */
  key: string;
  name: string;
  tag: string;
  environment: Environment;
  isPrimary: boolean;
  /** `#rrggbb`, or `''` for no colour. */
  colour: string;
  /** Kept from an import or the directory so a save keeps the same orgs. */
  orgId?: string;
  appUrl?: string;
  loginUrl?: string;
}

export interface ManualDraft {
  rootEmail: string;
  orgs: DraftOrg[];
}

let nextKey = 0;
/** A fresh row key (`org-1`, `org-2`, …). */
export function newRowKey(): string {
  nextKey += 1;
  return `org-${nextKey}`;
}

/** An empty row; the first org of a list is the production one. */
export function emptyOrg(isFirst = false): DraftOrg {
  return {
    key: newRowKey(),
    name: '',
    tag: '',
    environment: isFirst ? 'production' : 'staging',
    isPrimary: isFirst,
    colour: '',
  };
}

/** The editor's starting point: the saved group (manual or directory), or one empty row. */
export function draftFromGroup(group: InstanceGroup | null): ManualDraft {
  if (!group || group.instances.length === 0)
    return { rootEmail: group?.rootEmail ?? '', orgs: [emptyOrg(true)] };
  return {
    rootEmail: group.rootEmail,
    orgs: group.instances.map((org) => ({
      key: newRowKey(),
      name: org.name,
      tag: org.tag,
      environment: org.environment,
      isPrimary: org.isPrimary,
      colour: org.colour ?? '',
      orgId: org.orgId,
      appUrl: org.appUrl,
      loginUrl: org.loginUrl,
    })),
  };
}

/** The draft in the manual list's file format (what is saved, and what Export writes). */
export function listFromDraft(draft: ManualDraft) {
  return {
    version: 1 as const,
    rootEmail: draft.rootEmail.trim(),
    instances: draft.orgs.map((org) => ({
      name: org.name,
      tag: org.tag,
      environment: org.environment,
      primary: org.isPrimary,
      ...(org.colour === '' ? {} : { colour: org.colour }),
      ...(org.orgId === undefined ? {} : { orgId: org.orgId }),
      ...(org.appUrl === undefined ? {} : { appUrl: org.appUrl }),
      ...(org.loginUrl === undefined ? {} : { loginUrl: org.loginUrl }),
    })),
  };
}

/** Errors of a draft, keyed for the fields that show them. */
export interface DraftCheck {
  group: InstanceGroup | null;
  errors: ManualError[];
  /** `rootEmail`, or `${rowKey}:${field}` (`${rowKey}:row` for fields without an input). */
  byField: Map<string, string>;
}

const ROW_FIELDS = new Set(['name', 'tag', 'environment', 'primary', 'colour']);

/** The id an error is shown under: the field's input when it has one, else the row. */
export function errorSlot(draft: ManualDraft, error: ManualError): string {
  if (error.entry === null) return error.field === 'rootEmail' ? 'rootEmail' : 'list';
  const row = draft.orgs[error.entry - 1];
  if (!row) return 'list';
  return `${row.key}:${ROW_FIELDS.has(error.field) ? error.field : 'row'}`;
}

/** Why a row's tag makes no valid login for the root, or `null` (also while the root is invalid). */
export function tagProblem(rootEmail: string, tag: string): string | null {
  const root = parseRootEmail(rootEmail.trim());
  if (!root.ok) return null;
  const trimmed = tag.trim();
  const { local, domain, address } = root.email;
  const check = checkInstanceLogin(root.email, trimmed === '' ? address : `${local}+${trimmed}@${domain}`);
  if (check.ok) return check.tag === trimmed ? null : `The tag '${trimmed}' is not a valid instance tag.`;
  return check.message;
}

/**
 * Check the draft with the same rules the background saves with (`buildManualGroup`). A row whose
 * shape is wrong (e.g. no name yet) still gets its tag checked by the alias rules.
 */
export function checkDraft(draft: ManualDraft, options: BuildManualGroupOptions): DraftCheck {
  const built = buildManualGroup(listFromDraft(draft), options);
  if (built.ok) return { group: built.group, errors: [], byField: new Map() };
  const byField = new Map<string, string>();
  for (const error of built.errors) {
    const slot = errorSlot(draft, error);
    byField.set(slot, byField.has(slot) ? `${byField.get(slot)} ${error.message}` : error.message);
  }
  const errors = [...built.errors];
  draft.orgs.forEach((org, at) => {
    const problem = byField.has(`${org.key}:tag`) ? null : tagProblem(draft.rootEmail, org.tag);
    if (!problem) return;
    byField.set(`${org.key}:tag`, problem);
    errors.push({ entry: at + 1, field: 'tag', message: problem });
  });
  return { group: null, errors, byField };
}

/** Move the row at `index` by `delta` places; out-of-range moves change nothing. */
export function moveOrg(orgs: readonly DraftOrg[], index: number, delta: number): DraftOrg[] {
  const target = index + delta;
  if (index < 0 || index >= orgs.length || target < 0 || target >= orgs.length) return [...orgs];
  const next = [...orgs];
  const [row] = next.splice(index, 1);
  next.splice(target, 0, row!);
  return next;
}

/** Update one row; marking a row primary unmarks the others (one primary at most). */
export function updateOrg(orgs: readonly DraftOrg[], key: string, patch: Partial<DraftOrg>): DraftOrg[] {
  return orgs.map((org) => {
    if (org.key === key) return { ...org, ...patch };
    return patch.isPrimary ? { ...org, isPrimary: false } : org;
  });
}
