/**
 * Conversions between an `InstanceGroup` and its stored rows, with the zod checks every read
 * applies. A row that fails its check is dropped and described in plain words, never thrown.
 */
import { z } from 'zod';
import { InstanceGroupSchema, InstanceSchema, UsageSchema } from '../directory/schema';
import type { Instance, InstanceGroup, Usage } from '../directory/schema';
import { CHUNK_SIZE } from './schema';
import type { GroupRow, InstanceChunk } from './schema';

const GroupRowSchema = InstanceGroupSchema.omit({ instances: true });
/** A chunk's envelope; its rows are checked one by one, so one bad row costs only itself. */
const ChunkSchema = z.object({ instances: z.array(z.unknown()) });

/** A parsed row or the reason it was dropped. */
export type RowResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Zod issues as one line, e.g. `appUrl: Invalid URL; role: Invalid option…`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'row'}: ${issue.message}`)
    .join('; ');
}

/** A field of an unknown row as a label for problem messages. */
function field(row: unknown, name: string): string {
  const value = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

/**
 * Check a write before it reaches any store: the group must match `InstanceGroupSchema` and its
 * `orgId`s must be unique (they are half of each instance row's key). Throws a `ZodError`.
 */
export function checkWritableGroup(group: InstanceGroup): InstanceGroup {
  const seen = new Set<string>();
  return InstanceGroupSchema.superRefine((value, ctx) => {
    value.instances.forEach((instance, index) => {
      if (seen.has(instance.orgId)) {
        ctx.addIssue({ code: 'custom', path: ['instances', index, 'orgId'], message: 'Duplicate orgId' });
      }
      seen.add(instance.orgId);
    });
  }).parse(group);
}

/** `instances` in chunks of `CHUNK_SIZE`, numbered from 0, in the same order. */
export function chunksOf(instanceGroupId: string, instances: readonly Instance[]): InstanceChunk[] {
  const chunks: InstanceChunk[] = [];
  for (let start = 0; start < instances.length; start += CHUNK_SIZE) {
    chunks.push({
      instanceGroupId,
      chunk: chunks.length,
      instances: instances.slice(start, start + CHUNK_SIZE),
    });
  }
  return chunks;
}

/** Split a group into its group row and its instance chunks. */
export function toChunks(group: InstanceGroup): { groupRow: GroupRow; chunks: InstanceChunk[] } {
  const { instances, ...groupRow } = group;
  return { groupRow, chunks: chunksOf(group.instanceGroupId, instances) };
}

/** Validate a stored group row. */
export function parseGroupRow(row: unknown, groupId: string): RowResult<GroupRow> {
  const result = GroupRowSchema.safeParse(row);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: `group row ${groupId} dropped: ${describeIssues(result.error)}` };
}

/** One stored instance, unless it fails its schema or repeats an `orgId` in `seen`. */
function parseInstance(row: unknown, seen: Set<string>): RowResult<Instance> {
  const result = InstanceSchema.safeParse(row);
  if (!result.success) return { ok: false, problem: describeIssues(result.error) };
  if (seen.has(result.data.orgId)) return { ok: false, problem: 'orgId: Duplicate orgId' };
  seen.add(result.data.orgId);
  return { ok: true, value: result.data };
}

/**
 * Validate a group's stored chunks (in key order, as `getAll` returns them) and return the
 * instances in their saved order. Rows are numbered by their position in the list in problem
 * messages; a row repeating an earlier `orgId` is dropped too (the key no longer prevents it).
 */
export function parseInstanceChunks(
  chunks: readonly unknown[],
  groupId: string,
): { instances: Instance[]; problems: string[] } {
  const instances: Instance[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const chunk of chunks) {
    const envelope = ChunkSchema.safeParse(chunk);
    if (!envelope.success) {
      problems.push(
        `instance chunk ${field(chunk, 'chunk')} of ${groupId} dropped: ${describeIssues(envelope.error)}`,
      );
      continue;
    }
    for (const row of envelope.data.instances) {
      const parsed = parseInstance(row, seen);
      if (parsed.ok) instances.push(parsed.value);
      else problems.push(`instance row ${position} of ${groupId} dropped: ${parsed.problem}`);
      position++;
    }
  }
  return { instances, problems };
}

/** Validate stored usage rows, most recently opened first (ties by `orgId`). */
export function parseUsageRows(rows: readonly unknown[]): { usage: Usage[]; problems: string[] } {
  const usage: Usage[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const result = UsageSchema.safeParse(row);
    if (result.success) usage.push(result.data);
    else problems.push(`usage row ${field(row, 'orgId')} dropped: ${describeIssues(result.error)}`);
  }
  return { usage: sortUsage(usage), problems };
}

/** Most recently opened first; ties broken by `orgId` so the order is stable. */
export function sortUsage(usage: Usage[]): Usage[] {
  return usage.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt || a.orgId.localeCompare(b.orgId));
}
