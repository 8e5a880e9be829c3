import { z } from 'zod';

/**
 * The instance-list shapes. `DirectoryResponseSchema` is what the directory (or a manual import)
 * sends; `InstanceGroupSchema` is the validated, cached group every view reads.
 */

export const CROSS_INSTANCE_STATUSES = ['enabled', 'disabled', 'requested'] as const;
export const ENVIRONMENTS = ['production', 'test', 'staging', 'sandbox', 'development'] as const;

export const CrossInstanceStatusSchema = z.enum(CROSS_INSTANCE_STATUSES);
export const EnvironmentSchema = z.enum(ENVIRONMENTS);
export const RoleSchema = z.enum(['admin', 'user']);

/**
 * Bidi controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C) and invisible characters (zero-width
 * spaces and joiners, soft hyphen, word joiner, BOM, other format characters): a name with
 * U+202E would render "evil Staging" as "live Staging". They are stripped from names.
 */
const HIDDEN_CHARACTERS = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;

/** Removes bidi controls and invisible characters from an org name, and trims it. */
export function cleanName(name: string): string {
  return name.replace(HIDDEN_CHARACTERS, '').trim();
}

/** An org name: cleaned, then 1–200 characters. */
export const OrgNameSchema = z.string().transform(cleanName).pipe(z.string().min(1).max(200));

/** One instance as the directory sends it; URLs and logins are checked after parsing. */
export const DirectoryInstanceSchema = z.object({
  orgId: z.string().min(1).max(200),
  name: OrgNameSchema,
  loginEmail: z.string().min(1).max(320),
  environment: EnvironmentSchema,
  primary: z.boolean().default(false),
  appUrl: z.string().min(1).max(2048),
  loginUrl: z.string().min(1).max(2048),
});

/** The directory's response (`GET {directoryUrl}`), as in the design brief. */
export const DirectoryResponseSchema = z.object({
  instanceGroupId: z.string().min(1).max(200),
  rootEmail: z.string().min(1).max(320),
  crossInstanceSso: CrossInstanceStatusSchema,
  role: RoleSchema,
  instances: z.array(z.unknown()).max(100_000),
});

export const InstanceSchema = z.object({
  orgId: z.string().min(1),
  name: z.string().min(1),
  loginEmail: z.string().min(1),
  /** The `+` tag of `loginEmail` (`""` for the root login). */
  tag: z.string(),
  environment: EnvironmentSchema,
  isPrimary: z.boolean(),
  appUrl: z.url(),
  loginUrl: z.url(),
  /** Optional colour chosen in the manual list (`#rrggbb`). */
  colour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .optional(),
});

/** An entry the validation dropped, with its reasons in plain words for the UI. */
export const DroppedEntrySchema = z.object({
  index: z.number().int().nonnegative(),
  orgId: z.string().optional(),
  name: z.string().optional(),
  reasons: z.array(z.string()).min(1),
});

export const InstanceGroupSchema = z.object({
  instanceGroupId: z.string().min(1),
  rootEmail: z.string().min(1),
  crossInstanceSso: CrossInstanceStatusSchema,
  role: RoleSchema,
  source: z.enum(['directory', 'manual', 'outreach-page']),
  instances: z.array(InstanceSchema),
  dropped: z.array(DroppedEntrySchema),
  /** When the list was fetched or saved (ms since epoch). */
  fetchedAt: z.number(),
});

export type CrossInstanceStatus = z.infer<typeof CrossInstanceStatusSchema>;
export type Environment = z.infer<typeof EnvironmentSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type DirectoryInstance = z.infer<typeof DirectoryInstanceSchema>;
export type DirectoryResponse = z.infer<typeof DirectoryResponseSchema>;
export type Instance = z.infer<typeof InstanceSchema>;
export type DroppedEntry = z.infer<typeof DroppedEntrySchema>;
export type InstanceGroup = z.infer<typeof InstanceGroupSchema>;

/** Usage of one org: drives "last used" ordering and the shortcut. */
export const UsageSchema = z.object({
  orgId: z.string().min(1),
  lastOpenedAt: z.number(),
  count: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof UsageSchema>;
