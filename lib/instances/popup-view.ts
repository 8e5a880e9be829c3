/**
 * The popup's view of the state: each org with only what the popup shows and acts on (no URLs,
 * no dropped entries, no warnings per row), and no rows at all when the popup reads them from
 * IndexedDB itself. Type-only imports: the popup uses it too (no zod).
 */
import type { Instance, InstanceGroup } from '../directory/schema';
import type { PopupGroup, PopupOrg, PopupView, PopupViewReply, StateSnapshot } from '../messaging/protocol';

/** An org without its URLs: the popup opens orgs by id, through the background. */
export function toPopupOrg(org: PopupOrg | Instance): PopupOrg {
  const { orgId, name, loginEmail, tag, environment, isPrimary, colour } = org;
  const row: PopupOrg = { orgId, name, loginEmail, tag, environment, isPrimary };
  if (colour !== undefined) row.colour = colour;
  return row;
}

// One compact copy per cached group: the cache hands out the same frozen group until it changes.
const compacted = new WeakMap<InstanceGroup, PopupOrg[]>();

function popupOrgs(group: InstanceGroup): PopupOrg[] {
  let rows = compacted.get(group);
  if (!rows) {
    rows = group.instances.map(toPopupOrg);
    if (Object.isFrozen(group)) compacted.set(group, rows);
  }
  return rows;
}

/** The group's header fields and dropped count, without its rows. */
function groupHead(group: InstanceGroup): Omit<PopupGroup, 'instances'> {
  const { instances: _instances, dropped, ...head } = group;
  return { ...head, droppedCount: dropped.length };
}

/** The popup's state from a full one, rows always included (the popup's action replies). */
export function toPopupView(state: StateSnapshot, revision: string | null = null): PopupView {
  const { group, ...rest } = state;
  return { ...rest, revision, group: group && { ...groupHead(group), instances: popupOrgs(group) } };
}

/**
 * Up to this many orgs, `getPopupState` sends the rows even to a popup that reads them itself:
 * copying them costs less than the popup's wait for its own IndexedDB read (opening the database
 * and reading the group take 10–20 ms), which is on a first open's way to the list.
 */
export const ROWS_ALWAYS_SENT = 200;

/**
 * `getPopupState`'s answer: the compact state, its rows left out when the popup reads them itself
 * (`readsRows`), the list has a revision to check them by and is larger than
 * {@link ROWS_ALWAYS_SENT}. Linear only when rows are sent.
 */
export function popupReplyOf(
  state: StateSnapshot,
  revision: string | null,
  readsRows = false,
): PopupViewReply {
  const { group, ...rest } = state;
  const leaveOut = readsRows && revision !== null && (group?.instances.length ?? 0) > ROWS_ALWAYS_SENT;
  return {
    ...rest,
    revision,
    group: group && { ...groupHead(group), instances: leaveOut ? null : popupOrgs(group) },
  };
}
