import type { DisplayList } from '../db/read-display-list';
import type { PopupViewReply } from '../messaging/protocol';
import { packOrgs } from './packed-orgs';
import type { ShownView } from './packed-orgs';

/**
 * The popup's state from the background's `getPopupState` answer (asked with `readsRows`), made
 * whole: its own rows when it sent them (packed on arrival), else the rows the popup read from
 * IndexedDB itself if they are of the same revision (packed as read), else the answer to a second
 * request that carries the rows (the list changed between the two reads, or the popup's read
 * failed). The packed rows are never copied.
 */
export async function completeReply(
  reply: Promise<PopupViewReply>,
  own: Promise<DisplayList | null>,
  askWithRows: () => Promise<PopupViewReply>,
): Promise<ShownView> {
  const first = await reply;
  const whole = withRows(first);
  if (whole) return whole;
  const list = await own.catch(() => null);
  if (list && first.group && list.revision === first.revision) {
    return { ...first, group: { ...first.group, instances: list.group.instances } };
  }
  const again = withRows(await askWithRows());
  if (!again) throw new Error('The background sent the popup no orgs.');
  return again;
}

/** The answer as a state when it carries its rows (or has no group at all); else `null`. */
function withRows(reply: PopupViewReply): ShownView | null {
  const { group } = reply;
  if (!group) return { ...reply, group: null };
  const { instances } = group;
  return instances
    ? { ...reply, group: { ...group, instances: packOrgs(instances, group.rootEmail) } }
    : null;
}
