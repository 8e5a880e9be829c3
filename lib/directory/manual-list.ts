/**
 * The manual source's file format: what the admin types or imports as JSON, and what the options
 * page exports. Checking it against the alias and URL rules is `buildManualGroup`'s job.
 */
import { z } from 'zod';
import { fieldPath, issueMessage } from './issues';
import { ENVIRONMENTS, cleanName } from './schema';
import type { InstanceGroup } from './schema';

/** One org of a manual list; missing ids and URLs come from the connection profile. */
export const ManualInstanceSchema = z.object({
  name: z.string().transform(cleanName).pipe(z.string().min(1, 'enter a name').max(200)),
  /** The `+` tag of the org's login; `''` for the root login itself. */
  tag: z.string().trim().max(64),
  environment: z.enum(ENVIRONMENTS, { error: `use one of ${ENVIRONMENTS.join(', ')}` }),
  primary: z.boolean().optional(),
  colour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'use a colour like #1a73e8')
    .optional(),
  orgId: z.string().trim().min(1).max(200).optional(),
  appUrl: z.string().trim().min(1).max(2048).optional(),
  loginUrl: z.string().trim().min(1).max(2048).optional(),
});

/** The list around its instances, so each instance can be checked on its own. */
export const ManualEnvelopeSchema = z.object({
  version: z.literal(1),
  rootEmail: z.string().trim().min(1, 'enter the root email').max(320),
  companyName: z.string().trim().max(200).optional(),
  instances: z.array(z.unknown()).min(1, 'add at least one instance').max(1000),
});

/** A manual instance list (version 1). */
export const ManualListSchema = ManualEnvelopeSchema.extend({
  instances: z.array(ManualInstanceSchema).min(1, 'add at least one instance').max(1000),
});

export type ManualInstance = z.infer<typeof ManualInstanceSchema>;
export type ManualList = z.infer<typeof ManualListSchema>;

/** A problem with a manual list: the 1-based instance number (`null`: the list itself) and field. */
export interface ManualError {
  entry: number | null;
  field: string;
  message: string;
}

/** Result of reading a manual list: the parsed list, or every problem found. */
export type ManualListResult = { ok: true; list: ManualList } | { ok: false; errors: ManualError[] };

/** Largest import accepted, in characters. */
export const MAX_MANUAL_JSON_LENGTH = 1_000_000;

/** A zod issue as a {@link ManualError}; `entry` is set when checking one instance on its own. */
export function toManualError(issue: z.core.$ZodIssue, entry?: number): ManualError {
  if (entry !== undefined) {
    return { entry, field: fieldPath(issue.path) || '(instance)', message: issueMessage(issue) };
  }
  const [first, second, ...rest] = issue.path;
  if (first === 'instances' && typeof second === 'number') {
    return { entry: second + 1, field: fieldPath(rest) || '(instance)', message: issueMessage(issue) };
  }
  return { entry: null, field: fieldPath(issue.path) || '(file)', message: issueMessage(issue) };
}

/** Check an already-parsed value against {@link ManualListSchema}, naming each bad entry and field. */
export function parseManualList(value: unknown): ManualListResult {
  const parsed = ManualListSchema.safeParse(value);
  return parsed.success
    ? { ok: true, list: parsed.data }
    : { ok: false, errors: parsed.error.issues.map((issue) => toManualError(issue)) };
}

/**
 * Read an imported JSON file into a {@link ManualList}. A JSON syntax error is
 * `{ entry: null, field: '(file)' }`; shape errors name the 1-based instance and its field.
 * Never throws.
 */
export function parseManualJson(text: string): ManualListResult {
  if (text.length > MAX_MANUAL_JSON_LENGTH) {
    return {
      ok: false,
      errors: [{ entry: null, field: '(file)', message: 'The file is too large for an instance list.' }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      errors: [{ entry: null, field: '(file)', message: `The file is not valid JSON${detail}.` }],
    };
  }
  return parseManualList(value);
}

/**
 * A group as a manual list, for export. Every field is written out (orgIds and URLs too), so
 * importing the file again rebuilds the same instances whatever the profile's defaults are.
 */
export function manualListFromGroup(group: InstanceGroup): ManualList {
  return {
    version: 1,
    rootEmail: group.rootEmail,
    instances: group.instances.map((instance) => ({
      name: instance.name,
      tag: instance.tag,
      environment: instance.environment,
      primary: instance.isPrimary,
      ...(instance.colour === undefined ? {} : { colour: instance.colour }),
      orgId: instance.orgId,
      appUrl: instance.appUrl,
      loginUrl: instance.loginUrl,
    })),
  };
}
