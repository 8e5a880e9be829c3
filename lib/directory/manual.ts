/**
 * The manual source: a list the admin typed or imported becomes an `InstanceGroup`. Unlike the
 * directory, it is strict: one bad entry rejects the whole list, so an import changes nothing
 * until every entry is right, and each error names the entry and the field.
 */
import { checkInstanceLogin, parseRootEmail } from '../alias';
import type { ConnectionProfile } from '../connection/profiles';
import { checkInstanceUrl } from '../connection/instance-url';
import { ManualEnvelopeSchema, ManualInstanceSchema, toManualError } from './manual-list';
import type { ManualError, ManualInstance } from './manual-list';
import type { Instance, InstanceGroup } from './schema';

export {
  MAX_MANUAL_JSON_LENGTH,
  ManualInstanceSchema,
  ManualListSchema,
  manualListFromGroup,
  parseManualJson,
  parseManualList,
} from './manual-list';
export type { ManualError, ManualInstance, ManualList, ManualListResult } from './manual-list';

/** Options of {@link buildManualGroup}. */
export interface BuildManualGroupOptions {
  /** Allowed hosts for the URLs, and the default URLs of entries without their own. */
  profile: Pick<ConnectionProfile, 'allowedHosts' | 'appUrl' | 'loginUrl'>;
  /** Becomes the group's `fetchedAt` (ms since epoch). */
  now: number;
}

/** Result of {@link buildManualGroup}. */
export type BuildManualGroupResult =
  { ok: true; group: InstanceGroup } | { ok: false; errors: ManualError[] };

interface Root {
  local: string;
  domain: string;
  address: string;
}

type EntryResult = { ok: true; instance: Instance } | { ok: false; errors: ManualError[] };

/** The login for a tag, checked by the alias rules; the tag must come back unchanged. */
function checkTag(root: Root, tag: string, entry: number): string | ManualError {
  const login = tag === '' ? root.address : `${root.local}+${tag}@${root.domain}`;
  const check = checkInstanceLogin(root.address, login);
  if (check.ok && check.tag === tag) return login;
  const message = check.ok ? `The tag '${tag}' is not a valid instance tag.` : check.message;
  return { entry, field: 'tag', message };
}

/** Turn one raw entry into an instance, collecting an error per bad field. */
function buildEntry(raw: unknown, entry: number, root: Root, options: BuildManualGroupOptions): EntryResult {
  const parsed = ManualInstanceSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((issue) => toManualError(issue, entry)) };
  return checkEntry(parsed.data, entry, root, options);
}

/** Check a well-shaped entry's tag and URLs against the alias rules and the profile. */
function checkEntry(
  item: ManualInstance,
  entry: number,
  root: Root,
  options: BuildManualGroupOptions,
): EntryResult {
  const { allowedHosts } = options.profile;
  const errors: ManualError[] = [];
  const login = checkTag(root, item.tag, entry);
  if (typeof login !== 'string') errors.push(login);
  const appUrl = checkInstanceUrl(item.appUrl ?? options.profile.appUrl, allowedHosts);
  if (!appUrl.ok) errors.push({ entry, field: 'appUrl', message: appUrl.message });
  const loginUrl = checkInstanceUrl(item.loginUrl ?? options.profile.loginUrl, allowedHosts);
  if (!loginUrl.ok) errors.push({ entry, field: 'loginUrl', message: loginUrl.message });
  if (typeof login !== 'string' || !appUrl.ok || !loginUrl.ok) return { ok: false, errors };
  const instance: Instance = {
    orgId: item.orgId ?? `manual:${item.tag || 'root'}`,
    name: item.name,
    loginEmail: login,
    tag: item.tag,
    environment: item.environment,
    isPrimary: item.primary ?? false,
    appUrl: appUrl.url,
    loginUrl: loginUrl.url,
    ...(item.colour === undefined ? {} : { colour: item.colour }),
  };
  return { ok: true, instance };
}

interface Built {
  entry: number;
  instance: Instance;
}

/** The first entry holding each tag (lower-case), orgId, and the primary, so far. */
interface Seen {
  byTag: Map<string, number>;
  byOrgId: Map<string, number>;
  primary: number | null;
}

/** Why `instance` repeats an earlier entry (tag, else orgId) or is a second primary. */
function repeatErrorsOf({ entry, instance }: Built, seen: Seen): ManualError[] {
  const errors: ManualError[] = [];
  const sameTag = instance.tag === '' ? undefined : seen.byTag.get(instance.tag.toLowerCase());
  const sameOrg = seen.byOrgId.get(instance.orgId);
  if (sameTag !== undefined) {
    const message = `The tag '${instance.tag}' is already used by instance ${sameTag}.`;
    errors.push({ entry, field: 'tag', message });
  } else if (sameOrg !== undefined && instance.tag === '') {
    // Several orgs may sign in through the root login (Outreach's selection window tells them
    // apart), but each needs its own orgId; typed rows have none and all default to `manual:root`.
    const message = `The root login (empty tag) is already used by instance ${sameOrg}: give this org its own tag (only orgs captured from Outreach's selection window share the root login).`;
    errors.push({ entry, field: 'tag', message });
  } else if (sameOrg !== undefined) {
    const message = `The orgId '${instance.orgId}' is already used by instance ${sameOrg}.`;
    errors.push({ entry, field: 'orgId', message });
  }
  if (instance.isPrimary && seen.primary !== null) {
    const message = `Only one instance can be primary; instance ${seen.primary} already is.`;
    errors.push({ entry, field: 'primary', message });
  }
  return errors;
}

/**
 * Repeated tags (case-insensitive), repeated orgIds, and more than one primary are errors, each
 * naming the first entry. The root login (empty tag) may repeat, once per orgId: orgs captured
 * from Outreach's selection window all sign in through it. Two map look-ups per entry, so the check stays linear.
 */
function repeatErrors(built: Built[]): ManualError[] {
  const seen: Seen = { byTag: new Map(), byOrgId: new Map(), primary: null };
  return built.flatMap((item) => {
    const errors = repeatErrorsOf(item, seen);
    const { entry, instance } = item;
    if (!seen.byTag.has(instance.tag.toLowerCase())) seen.byTag.set(instance.tag.toLowerCase(), entry);
    if (!seen.byOrgId.has(instance.orgId)) seen.byOrgId.set(instance.orgId, entry);
    if (instance.isPrimary && seen.primary === null) seen.primary = entry;
    return errors;
  });
}

/**
 * Build the manual group from a list (typed in, or from `parseManualJson`). Strict: when any
 * entry is invalid nothing is built and every error names the 1-based entry and the field. Tags
 * are checked by building the login (`local+tag@domain`, the root for `''`) and running the alias
 * rules; URLs default to the profile's and must pass `checkInstanceUrl`; `orgId` defaults to
 * `manual:<tag>` (`manual:root` for the root). Never throws.
 */
export function buildManualGroup(list: unknown, options: BuildManualGroupOptions): BuildManualGroupResult {
  const parsed = ManualEnvelopeSchema.safeParse(list);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => toManualError(issue)) };
  const root = parseRootEmail(parsed.data.rootEmail);
  if (!root.ok) return { ok: false, errors: [{ entry: null, field: 'rootEmail', message: root.message }] };
  const results = parsed.data.instances.map((item, at) => buildEntry(item, at + 1, root.email, options));
  const built = results.flatMap((result, at) =>
    result.ok ? [{ entry: at + 1, instance: result.instance }] : [],
  );
  const errors = [...results.flatMap((result) => (result.ok ? [] : result.errors)), ...repeatErrors(built)];
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => (a.entry ?? 0) - (b.entry ?? 0)) };
  const instances = built.map(({ instance }) => instance);
  const group: InstanceGroup = {
    instanceGroupId: `manual:${root.email.address}`,
    rootEmail: root.email.address,
    crossInstanceSso: 'enabled',
    role: 'admin',
    source: 'manual',
    instances,
    dropped: [],
    fetchedAt: options.now,
  };
  return { ok: true, group };
}
