/**
 * The parsed group a context last read or wrote, kept with its revision, so reading the active
 * group again costs one small `meta` read instead of every instance row and its zod check.
 */
import type { InstanceGroup } from '../directory/schema';
import type { GroupReport } from './instance-cache';

/** A group report with the revision it belongs to. */
export interface RememberedGroup {
  revision: string;
  report: GroupReport;
}

/**
 * Freeze a report that will be handed out more than once (the group, its instances and dropped
 * entries), so no caller can change what the next caller reads. Linear in the group's size.
 */
export function freezeReport(report: GroupReport): GroupReport {
  const { group } = report;
  if (group) freezeGroup(group);
  Object.freeze(report.problems);
  return Object.freeze(report);
}

function freezeGroup(group: InstanceGroup): void {
  for (const instance of group.instances) Object.freeze(instance);
  for (const entry of group.dropped) Object.freeze(Object.freeze(entry).reasons);
  Object.freeze(group.instances);
  Object.freeze(group.dropped);
  Object.freeze(group);
}

/** The revision `writeGroup` stores, as `readRevision` reads it back (group id + random value). */
export function revisionKey(instanceGroupId: string, revision: string): string {
  return `${instanceGroupId}\n${revision}`;
}
