/**
 * The list read from Outreach's selection window (source `outreach-page`), merged with what the
 * person entered: an org the list already has keeps its tag, environment, colour and URLs; a new
 * org is added (its `+` alias from the tag the person gives, or reached through the root email and
 * the selection window when none is given); an org the window no longer offers is shown as going
 * before the person says yes. Pure functions.
 */
import { checkInstanceLogin, parseRootEmail } from '../alias';
import type { ConnectionProfile } from '../connection/profiles';
import type { Environment, Instance, InstanceGroup } from '../directory/schema';
import type { OfferedOrg, OrgOffer } from '../messaging/protocol';

const key = (name: string) => name.trim().toLowerCase();

/** The instance of the current list that an offered org is: same id, else same name. */
function matchOf(offered: OfferedOrg, current: InstanceGroup | null): Instance | undefined {
  const instances = current?.instances ?? [];
  return (
    (offered.value ? instances.find((org) => org.orgId === offered.value) : undefined) ??
    instances.find((org) => key(org.name) === key(offered.name))
  );
}

/** The offer as the person sees it: each offered org with its known tag, and the orgs that would go. */
export function describeOffer(
  offered: OfferedOrg[],
  rootEmail: string | null,
  current: InstanceGroup | null,
): OrgOffer {
  const sameRoot = current && rootEmail && key(current.rootEmail) === key(rootEmail) ? current : null;
  const matched = offered.map((org) => ({ org, known: matchOf(org, sameRoot) }));
  const kept = new Set(matched.flatMap(({ known }) => (known ? [known.orgId] : [])));
  return {
    rootEmail,
    orgs: matched.map(({ org, known }) => ({
      name: org.name,
      value: org.value,
      tag: known && known.tag !== '' ? known.tag : null,
      isNew: !known,
    })),
    removed: (sameRoot?.instances ?? []).filter((org) => !kept.has(org.orgId)).map((org) => org.name),
  };
}

/** An environment guessed from an org's name ("Acme Staging" → staging); production otherwise. */
export function guessEnvironment(name: string): Environment {
  const words: [RegExp, Environment][] = [
    [/\bstag(e|ing)\b/i, 'staging'],
    [/\b(test|qa|uat)\b/i, 'test'],
    [/\bsandbox\b/i, 'sandbox'],
    [/\bdev(elopment)?\b/i, 'development'],
  ];
  return words.find(([word]) => word.test(name))?.[1] ?? 'production';
}

export type CaptureResult =
  { ok: true; group: InstanceGroup } | { ok: false; errors: { name: string; message: string }[] };

interface CaptureOptions {
  profile: Pick<ConnectionProfile, 'appUrl' | 'loginUrl'>;
  now: number;
  /** `+` tags the person gave, by org name. */
  tags?: Record<string, string>;
}

/**
 * Builds the group from an accepted offer. Every tag given is checked by the `+` rule (`lib/alias`);
 * an org with no tag signs in through the root email and the selection window.
 */
export function buildCapturedGroup(
  offered: OfferedOrg[],
  rootEmail: string,
  current: InstanceGroup | null,
  options: CaptureOptions,
): CaptureResult {
  const root = parseRootEmail(rootEmail);
  if (!root.ok) return { ok: false, errors: [{ name: '', message: root.message }] };
  const sameRoot = current && key(current.rootEmail) === key(root.email.address) ? current : null;
  const errors: { name: string; message: string }[] = [];
  const instances = offered.map((org) => {
    const known = matchOf(org, sameRoot);
    const given = options.tags?.[org.name]?.trim().replace(/^\+/, '');
    const tag = given || (known?.tag ?? '');
    const login = tag === '' ? root.email.address : `${root.email.local}+${tag}@${root.email.domain}`;
    const check = checkInstanceLogin(root.email, login);
    if (!check.ok || check.tag !== tag)
      errors.push({ name: org.name, message: check.ok ? `'${tag}' is not a valid tag.` : check.message });
    return toInstance(org, known, { tag, login }, options.profile);
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    group: {
      instanceGroupId: sameRoot?.instanceGroupId ?? `outreach-page:${root.email.address}`,
      rootEmail: root.email.address,
      crossInstanceSso: 'enabled',
      role: 'admin',
      source: 'outreach-page',
      instances: uniqueIds(instances),
      dropped: [],
      fetchedAt: options.now,
    },
  };
}

function toInstance(
  org: OfferedOrg,
  known: Instance | undefined,
  alias: { tag: string; login: string },
  profile: CaptureOptions['profile'],
): Instance {
  if (known) return { ...known, name: org.name, tag: alias.tag, loginEmail: alias.login };
  return {
    orgId: org.value ?? `outreach:${key(org.name).replace(/[^\p{L}\p{N}]+/gu, '-')}`,
    name: org.name,
    loginEmail: alias.login,
    tag: alias.tag,
    environment: guessEnvironment(org.name),
    isPrimary: false,
    appUrl: profile.appUrl,
    loginUrl: profile.loginUrl,
  };
}

/** Two orgs offered under one id (a markup without ids, two equal names) keep apart. */
function uniqueIds(instances: Instance[]): Instance[] {
  const seen = new Map<string, number>();
  return instances.map((org) => {
    const count = seen.get(org.orgId) ?? 0;
    seen.set(org.orgId, count + 1);
    return count === 0 ? org : { ...org, orgId: `${org.orgId}~${count + 1}` };
  });
}
