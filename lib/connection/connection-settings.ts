import { z } from 'zod';
import { OUTREACH_PROFILE, sandboxProfile } from './profiles';
import type { ConnectionProfile, ProfileId } from './profiles';

/**
 * The connection the person chose on the options page: a built-in profile, or a custom one whose
 * fields were validated (`lib/options/connection-form.ts`) before they were saved.
 */
export const CustomConnectionSchema = z.object({
  issuer: z.string().min(1).max(2048),
  clientId: z.string().min(1).max(200),
  /** Empty: no directory, the manual source is the default. */
  directoryUrl: z.string().max(2048),
  allowedHosts: z.array(z.string().min(1).max(253)).min(1).max(50),
  appUrl: z.string().min(1).max(2048),
  loginUrl: z.string().min(1).max(2048),
});
export type CustomConnection = z.infer<typeof CustomConnectionSchema>;

export const ConnectionSettingsSchema = z.object({
  profile: z.enum(['sandbox', 'outreach', 'custom']),
  custom: CustomConnectionSchema.nullable(),
});
export type ConnectionSettings = z.infer<typeof ConnectionSettingsSchema>;

/** The profile a custom connection describes. */
export function customProfile(custom: CustomConnection): ConnectionProfile {
  return {
    id: 'custom',
    ...custom,
    allowedHosts: [...custom.allowedHosts],
    defaultSource: custom.directoryUrl === '' ? 'manual' : 'directory',
  };
}

/**
 * The profile in effect: the saved choice, or the build's own profile when nothing was chosen
 * (or a custom choice has no fields). `sandbox` keeps the build's port when the build is one.
 */
export function resolveConnection(
  settings: ConnectionSettings | null,
  build: ConnectionProfile,
): ConnectionProfile {
  const id: ProfileId = settings?.profile ?? build.id;
  if (id === build.id && id !== 'custom') return build;
  if (id === 'outreach') return OUTREACH_PROFILE;
  if (id === 'sandbox') return sandboxProfile();
  return settings?.custom ? customProfile(settings.custom) : build;
}
