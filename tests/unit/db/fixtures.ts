import type { Instance, InstanceGroup } from '../../../lib/directory/schema';

/** A valid instance for `orgId`. */
export function makeInstance(orgId: string): Instance {
  return {
    orgId,
    name: `Org ${orgId}`,
    loginEmail: `root+${orgId}@example.com`,
    tag: orgId,
    environment: 'production',
    isPrimary: false,
    appUrl: `https://${orgId}.example.com/`,
    loginUrl: `https://${orgId}.example.com/login`,
  };
}

/** A valid group with one instance per `orgId`, in that order. */
export function makeGroup(
  instanceGroupId: string,
  orgIds: readonly string[],
  fetchedAt = 1_000,
): InstanceGroup {
  return {
    instanceGroupId,
    rootEmail: 'root@example.com',
    crossInstanceSso: 'enabled',
    role: 'admin',
    source: 'directory',
    instances: orgIds.map(makeInstance),
    dropped: [],
    fetchedAt,
  };
}

/** A group as versions 1–3 stored it: a group row and one `instances` row per org, with its order. */
export function toLegacyRows(group: InstanceGroup) {
  const { instances, ...groupRow } = group;
  const instanceRows = instances.map((instance, order) => ({
    ...instance,
    instanceGroupId: group.instanceGroupId,
    order,
  }));
  return { groupRow, instanceRows };
}
