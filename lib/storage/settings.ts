import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ConnectionSettingsSchema } from '../connection/connection-settings';

/**
 * User settings in `storage.local` (nothing secret): one record with a version, defaults and
 * migrations. Add a migration for every version bump; never change an old one.
 */

export const SETTINGS_VERSION = 1;
const KEY = 'settings';

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Where the list comes from; `null` follows the connection profile's default. */
  source: z.enum(['directory', 'manual']).nullable(),
  /** The connection chosen on the options page; `null` uses the build's profile. */
  connection: ConnectionSettingsSchema.nullable().default(null),
  /** Which of the "which org is this" signs show (issue 14); each on unless turned off. */
  orgSigns: z
    .object({ marker: z.boolean(), favicon: z.boolean(), badge: z.boolean() })
    .default({ marker: true, favicon: true, badge: true }),
  /**
   * Firefox: open each org in its own container. `null` follows the browser (on where it has
   * containers); a record without the field reads as `null`, so it needs no migration.
   */
  containerPerOrg: z.boolean().nullable().default(null),
  /** The root email asked once on the welcome page (not a secret): the sign-in's `login_hint`. */
  rootEmailHint: z.string().max(320).nullable().default(null),
  /**
   * Ask "Open Acme Production?" before a shortcut or the login page's chooser opens a production
   * org (issue 14); a record without the field reads as on, so it needs no migration.
   */
  askBeforeProduction: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  source: null,
  connection: null,
  orgSigns: { marker: true, favicon: true, badge: true },
  containerPerOrg: null,
  rootEmailHint: null,
  askBeforeProduction: true,
};

/** Migrations from version N (the key) to N + 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Brings a stored record up to the current version; anything unreadable falls back to defaults. */
export function migrateSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return DEFAULT_SETTINGS;
  let record = stored as Record<string, unknown>;
  let version = typeof record.version === 'number' ? record.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return DEFAULT_SETTINGS;
    record = { ...step(record), version: ++version };
  }
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...record });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function loadSettings(area = browser.storage.local): Promise<Settings> {
  const items = await area.get(KEY);
  return migrateSettings(items[KEY]);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>, area = browser.storage.local) {
  const next = SettingsSchema.parse({ ...(await loadSettings(area)), ...patch });
  await area.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change (in any extension page). */
export function onSettingsChanged(listener: (settings: Settings) => void, storage = browser.storage) {
  storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) listener(migrateSettings(changes[KEY]?.newValue));
  });
}
