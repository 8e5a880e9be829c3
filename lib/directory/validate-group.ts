/**
 * Turning an untrusted directory response into an `InstanceGroup`. A broken envelope fails the
 * whole response; a bad instance is dropped with its reasons so the others still work.
 */
import { checkInstanceLogin, parseRootEmail } from '../alias';
import { checkInstanceUrl } from '../connection/instance-url';
import { describeIssue, shown, summariseIssues } from './issues';
import { DirectoryInstanceSchema, DirectoryResponseSchema } from './schema';
import type { DroppedEntry, Instance, InstanceGroup } from './schema';

/** Options of {@link validateGroup}. */
export interface ValidateGroupOptions {
  /** The connection's allowed hosts (exact or `*.` wildcards) for `appUrl` and `loginUrl`. */
  allowedHosts: string[];
  source: 'directory' | 'manual';
  /** Becomes the group's `fetchedAt` (ms since epoch). */
  now: number;
}

/** Result of {@link validateGroup}. */
export type ValidateGroupResult =
  { ok: true; group: InstanceGroup } | { ok: false; error: { kind: 'malformed'; message: string } };

interface Root {
  local: string;
  domain: string;
  address: string;
}

type EntryResult = { ok: true; instance: Instance } | { ok: false; reasons: string[] };

const URL_FIELDS = ['appUrl', 'loginUrl'] as const;

function malformed(source: ValidateGroupOptions['source'], detail: string): ValidateGroupResult {
  const what =
    source === 'directory'
      ? 'The instance directory sent an invalid response'
      : 'The instance list is invalid';
  return { ok: false, error: { kind: 'malformed', message: `${what}: ${detail}` } };
}

function stringField(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, key)) return undefined;
  const value: unknown = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The canonical login for a tag: the root address, or `local+tag@domain`. */
function loginFor(root: Root, tag: string): string {
  return tag === '' ? root.address : `${root.local}+${tag}@${root.domain}`;
}

interface FieldChecks {
  reasons: string[];
  tag?: string;
  appUrl?: string;
  loginUrl?: string;
}

/** `checkInstanceUrl` against one list of allowed hosts, each distinct URL checked once. */
type UrlCheck = (url: string) => ReturnType<typeof checkInstanceUrl>;

function urlChecker(allowedHosts: string[]): UrlCheck {
  const checked = new Map<string, ReturnType<typeof checkInstanceUrl>>();
  return (url) => {
    let check = checked.get(url);
    if (check === undefined) {
      check = checkInstanceUrl(url, allowedHosts);
      checked.set(url, check);
    }
    return check;
  };
}

/** Check the login and both URLs of one entry, collecting every reason (even with a bad shape). */
function checkFields(raw: unknown, root: Root, checkUrl: UrlCheck): FieldChecks {
  const checks: FieldChecks = { reasons: [] };
  const login = stringField(raw, 'loginEmail');
  if (login !== undefined) {
    const check = checkInstanceLogin(root.address, login);
    if (check.ok) checks.tag = check.tag;
    else checks.reasons.push(`loginEmail: ${check.message}`);
  }
  for (const field of URL_FIELDS) {
    const url = stringField(raw, field);
    const check = url === undefined ? undefined : checkUrl(url);
    if (check?.ok) checks[field] = check.url;
    else if (check) checks.reasons.push(`${field}: ${check.message}`);
  }
  return checks;
}

/** Validate one raw instance on its own (repeats are checked by the caller). */
function checkEntry(raw: unknown, root: Root, checkUrl: UrlCheck): EntryResult {
  const parsed = DirectoryInstanceSchema.safeParse(raw);
  const { reasons: fieldReasons, tag, appUrl, loginUrl } = checkFields(raw, root, checkUrl);
  const reasons = [...(parsed.success ? [] : parsed.error.issues.map(describeIssue)), ...fieldReasons];
  if (!parsed.success || tag === undefined || appUrl === undefined || loginUrl === undefined) {
    return { ok: false, reasons: reasons.length > 0 ? reasons : ['not a valid instance'] };
  }
  const { orgId, name, environment, primary } = parsed.data;
  const loginEmail = loginFor(root, tag);
  return {
    ok: true,
    instance: { orgId, name, loginEmail, tag, environment, isPrimary: primary, appUrl, loginUrl },
  };
}

function droppedEntry(raw: unknown, index: number, reasons: string[]): DroppedEntry {
  const orgId = stringField(raw, 'orgId');
  const name = stringField(raw, 'name');
  return {
    index,
    ...(orgId === undefined ? {} : { orgId: shown(orgId) }),
    ...(name === undefined ? {} : { name: shown(name) }),
    reasons,
  };
}

/** The orgIds and tags (case-insensitive) kept so far, each with the entry that holds it. */
interface Kept {
  byOrgId: Map<string, number>;
  byTag: Map<string, number>;
  hasPrimary: boolean;
}

/** Why a valid instance repeats one already kept (orgId, or tag compared case-insensitively). */
function repeatReasons(instance: Instance, kept: Kept): string[] {
  const reasons: string[] = [];
  const sameOrg = kept.byOrgId.get(instance.orgId);
  const sameTag = kept.byTag.get(instance.tag.toLowerCase());
  if (sameOrg !== undefined) reasons.push(`orgId '${shown(instance.orgId)}' repeats entry ${sameOrg}`);
  if (sameTag !== undefined) reasons.push(`login ${instance.loginEmail} repeats entry ${sameTag}`);
  return reasons;
}

/**
 * Check each entry on its own, then against what is kept (two map look-ups, so 100,000 entries
 * take linear time, and each distinct URL is checked once); drop repeats of an orgId or a tag already kept (the first kept one wins) and
 * demote every primary after the first kept one, without dropping it.
 */
function checkInstances(raws: unknown[], root: Root, allowedHosts: string[]) {
  const instances: Instance[] = [];
  const dropped: DroppedEntry[] = [];
  const kept: Kept = { byOrgId: new Map(), byTag: new Map(), hasPrimary: false };
  const checkUrl = urlChecker(allowedHosts);
  for (const [index, raw] of raws.entries()) {
    const result = checkEntry(raw, root, checkUrl);
    const reasons = result.ok ? repeatReasons(result.instance, kept) : result.reasons;
    if (!result.ok || reasons.length > 0) {
      dropped.push(droppedEntry(raw, index, reasons));
      continue;
    }
    instances.push(kept.hasPrimary ? { ...result.instance, isPrimary: false } : result.instance);
    kept.hasPrimary ||= result.instance.isPrimary;
    kept.byOrgId.set(result.instance.orgId, index);
    kept.byTag.set(result.instance.tag.toLowerCase(), index);
  }
  return { instances, dropped };
}

/**
 * Validate a directory response (or a manual list in the same shape) into an `InstanceGroup`.
 *
 * The envelope must match `DirectoryResponseSchema` and the root email must parse, else the
 * result is `malformed` with a message naming the field. Each instance must match
 * `DirectoryInstanceSchema`, its login must be the root or a `+` alias of it, and its URLs must
 * pass `checkInstanceUrl`; bad entries go to `group.dropped` (0-based `index`, every reason in
 * plain words). Repeated orgIds or tags are dropped after the first kept entry; extra primaries
 * are kept but demoted. Logins are stored in canonical form (`local+tag@domain`). Never throws.
 */
export function validateGroup(raw: unknown, options: ValidateGroupOptions): ValidateGroupResult {
  const parsed = DirectoryResponseSchema.safeParse(raw);
  if (!parsed.success) return malformed(options.source, summariseIssues(parsed.error.issues));
  const response = parsed.data;
  const root = parseRootEmail(response.rootEmail);
  if (!root.ok) return malformed(options.source, `rootEmail: ${root.message}`);
  const { instances, dropped } = checkInstances(response.instances, root.email, options.allowedHosts);
  return {
    ok: true,
    group: {
      instanceGroupId: response.instanceGroupId,
      rootEmail: root.email.address,
      crossInstanceSso: response.crossInstanceSso,
      role: response.role,
      source: options.source,
      instances,
      dropped,
      fetchedAt: options.now,
    },
  };
}
