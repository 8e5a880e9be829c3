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

type ManagedArea = { get: (keys: null) => Promise<Record<string, unknown>> };
type Raw = Record<string, unknown>;

/**
 * The browser's first policy read after it starts can take seconds (Chromium 156 here: 2–5 s,
 * every start, for an extension with no policy; later reads take a millisecond), and every popup
 * state waits for it (the connection profile and list source come from it). So the last policy
 * read is remembered in `storage.local` (nothing secret: it is IT's settings), and a read that has
 * not answered after `POLICY_WAIT_MS` gives the remembered one; when the browser's answer then
 * differs (IT changed the policy while the browser was closed), `onManagedChanged`'s listeners are
 * called, as for a change while it runs. With nothing remembered (the first run), a read waits for
 * the browser's answer: a policy is never guessed.
 */
export const POLICY_WAIT_MS = 100;
const REMEMBERED_KEY = 'policy.remembered';

export interface RememberedPolicy {
  get(): Promise<Raw | null>;
  set(raw: Raw): Promise<void>;
}

const rememberedInLocal: RememberedPolicy = {
  get: async () => {
    const { [REMEMBERED_KEY]: raw } = await browser.storage.local.get(REMEMBERED_KEY);
    return raw && typeof raw === 'object' ? (raw as Raw) : null;
  },
  set: (raw) => browser.storage.local.set({ [REMEMBERED_KEY]: raw }),
};

/** Called when a policy read answered late with something other than the remembered policy. */
const lateChangeListeners = new Set<() => void>();

/** One read of the browser's policy, shared by every load that comes while it has not answered. */
interface PolicyRead {
  raw: Promise<Raw>;
  /** Its late answer differed from what a load gave meanwhile, and the listeners were told. */
  isToldLate: boolean;
}
// A Map, not a WeakMap: `area` is undefined where the browser has no managed storage.
const inFlight = new Map<ManagedArea, PolicyRead>();

function startRead(area: ManagedArea, remembered: RememberedPolicy, last: Raw | null): PolicyRead {
  const read: PolicyRead = {
    // A browser without managed storage (no `area`) throws at once: no policy, as a failed read.
    raw: Promise.resolve()
      .then(() => area.get(null))
      .then(
        (raw) => raw ?? {},
        () => ({}),
      ),
    isToldLate: false,
  };
  void read.raw.then((raw) => {
    if (inFlight.get(area) === read) inFlight.delete(area);
    if (!isSameRaw(last, raw)) void remembered.set(raw).catch(() => undefined);
  });
  inFlight.set(area, read);
  return read;
}

const isSameRaw = (a: Raw | null, b: Raw) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/** `promise`'s value, or `null` when it has not settled within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, ms, null)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the policy; no policy (or a browser without managed storage) is {@link NO_POLICY}. A read
 * the browser is slow to answer gives the policy remembered from the last one (see
 * {@link POLICY_WAIT_MS}).
 */
export async function loadManagedSettings(
  area: ManagedArea = browser.storage.managed,
  remembered: RememberedPolicy = rememberedInLocal,
  waitMs = POLICY_WAIT_MS,
): Promise<ManagedSettings> {
  const last = await remembered.get().catch(() => null);
  const read = inFlight.get(area) ?? startRead(area, remembered, last);
  if (last === null) return parseManagedPolicy(await read.raw);
  const raw = await within(read.raw, waitMs);
  if (raw !== null) return parseManagedPolicy(raw);
  void read.raw.then((answer) => {
    if (isSameRaw(last, answer) || read.isToldLate) return;
    read.isToldLate = true;
    lateChangeListeners.forEach((listener) => listener());
  });
  return parseManagedPolicy(last);
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
  lateChangeListeners.add(listener);
}
