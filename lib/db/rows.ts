/**
 * Conversions between an `InstanceGroup` and its stored rows, with the zod checks every read
 * applies. A row that fails its check is dropped and described in plain words, never thrown.
 */
import { z } from 'zod';
import { InstanceGroupSchema, InstanceSchema, UsageSchema } from '../directory/schema';
import type { Instance, InstanceGroup, Usage } from '../directory/schema';
import type { GroupRow, InstanceRow } from './schema';

const GroupRowSchema = InstanceGroupSchema.omit({ instances: true });
const InstanceRowSchema = InstanceSchema.extend({
  instanceGroupId: z.string().min(1),
  order: z.number().int().nonnegative(),
});

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

/** Split a group into its group row and its instance rows (with their positions). */
export function toRows(group: InstanceGroup): { groupRow: GroupRow; instanceRows: InstanceRow[] } {
  const { instances, ...groupRow } = group;
  const instanceRows = instances.map((instance, order) => ({
    ...instance,
    instanceGroupId: group.instanceGroupId,
    order,
  }));
  return { groupRow, instanceRows };
}

/** Validate a stored group row. */
export function parseGroupRow(row: unknown, groupId: string): RowResult<GroupRow> {
  const result = GroupRowSchema.safeParse(row);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: `group row ${groupId} dropped: ${describeIssues(result.error)}` };
}

/**
 * Validate a group's stored instance rows and return the instances in their saved order.
 * Rows are numbered by their stored `order` in problem messages.
 */
export function parseInstanceRows(
  rows: readonly unknown[],
  groupId: string,
): { instances: Instance[]; problems: string[] } {
  const kept: InstanceRow[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const result = InstanceRowSchema.safeParse(row);
    if (result.success) kept.push(result.data);
    else
      problems.push(
        `instance row ${field(row, 'order')} of ${groupId} dropped: ${describeIssues(result.error)}`,
      );
  }
  kept.sort((a, b) => a.order - b.order);
  const instances = kept.map(({ instanceGroupId: _group, order: _order, ...instance }) => instance);
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
