/**
 * Settings IT presets by policy, read from `storage.managed` (Chrome: the `managed_schema` in
 * `assets/managed_schema.json`, set through Group Policy, the Admin console or a plist; Firefox:
 * enterprise policies' `3rdparty.Extensions.<id>` or a managed storage manifest). Each key is
 * validated on its own with zod; a bad key is ignored with a reason, never half-applied. Managed
 * values win over what the person saved, and the options page shows them as locked.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { checkConnectionForm } from '../options/connection-form';
import type { ConnectionSettings } from '../connection/connection-settings';
import { loadSettings } from './settings';
import type { Settings } from './settings';

const KEYS = {
  connectionProfile: z.enum(['outreach', 'custom']),
  issuer: z.string().max(2048),
  clientId: z.string().max(200),
  directoryUrl: z.string().max(2048),
  allowedHosts: z.array(z.string().max(253)).max(50),
  appUrl: z.string().max(2048),
  loginUrl: z.string().max(2048),
  listSource: z.enum(['directory', 'manual']),
  manualList: z.record(z.string(), z.unknown()),
} as const;
type Key = keyof typeof KEYS;
type Policy = { [K in Key]?: z.infer<(typeof KEYS)[K]> };

/** What policy sets, already validated, and which parts of the page it locks. */
export interface ManagedSettings {
  connection: ConnectionSettings | null;
  source: 'directory' | 'manual' | null;
  /** A manual list to apply as is (checked again by the manual source when applied). */
  manualList: Record<string, unknown> | null;
  /** Policy keys that were set but could not be used, with the reason. */
  problems: string[];
}

export const NO_POLICY: ManagedSettings = { connection: null, source: null, manualList: null, problems: [] };

function connectionOf(policy: Policy, problems: string[]): ConnectionSettings | null {
  if (policy.connectionProfile === 'outreach') return { profile: 'outreach', custom: null };
  if (policy.connectionProfile !== 'custom') return null;
  const checked = checkConnectionForm({
    issuer: policy.issuer ?? '',
    clientId: policy.clientId ?? '',
    directoryUrl: policy.directoryUrl ?? '',
    allowedHosts: (policy.allowedHosts ?? []).join('\n'),
    appUrl: policy.appUrl ?? '',
    loginUrl: policy.loginUrl ?? '',
  });
  if (checked.ok) return { profile: 'custom', custom: checked.value };
  for (const [field, message] of Object.entries(checked.errors)) problems.push(`${field}: ${message}`);
  return null;
}

/** Validates raw managed storage (what `storage.managed.get()` gave) into {@link ManagedSettings}. */
export function parseManagedPolicy(raw: Record<string, unknown>): ManagedSettings {
  const policy: Policy = {};
  const problems: string[] = [];
  for (const key of Object.keys(KEYS) as Key[]) {
    if (raw[key] === undefined) continue;
    const parsed = KEYS[key].safeParse(raw[key]);
    if (parsed.success) Object.assign(policy, { [key]: parsed.data });
    else problems.push(`${key}: ${parsed.error.issues[0]?.code ?? 'invalid'}`);
  }
  return {
    connection: connectionOf(policy, problems),
    source: policy.listSource ?? null,
    manualList: policy.manualList ?? null,
    problems,
  };
}

/** Reads the policy; no policy (or a browser without managed storage) is {@link NO_POLICY}. */
export async function loadManagedSettings(
  area: { get: (keys: null) => Promise<Record<string, unknown>> } = browser.storage.managed,
): Promise<ManagedSettings> {
  try {
    return parseManagedPolicy(await area.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** The settings in effect: what the person saved, with every managed value over it. */
export function withManaged(settings: Settings, managed: ManagedSettings): Settings {
  return {
    ...settings,
    ...(managed.connection ? { connection: managed.connection } : {}),
    ...(managed.source ? { source: managed.source } : {}),
  };
}

/** {@link loadSettings} with the policy applied. */
export async function loadEffectiveSettings(): Promise<Settings> {
  const [settings, managed] = await Promise.all([loadSettings(), loadManagedSettings()]);
  return withManaged(settings, managed);
}

/** Calls `listener` whenever IT's policy changes (Chrome re-reads policies while it runs). */
export function onManagedChanged(listener: () => void, storage = browser.storage) {
  storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}
