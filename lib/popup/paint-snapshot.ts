/**
 * The first-paint snapshot of a plain list, built after the popup has shown it (so its module is
 * loaded lazily, off the first screen's path): the rows in display order with their badges, pins
 * and session status as words, for `assets/popup-paint.js` to paint on the next open.
 */
import type { Usage } from '../directory/schema';
import type { PopupOrg } from '../messaging/protocol';
import { lastOpened } from './org-list';
import { defaultRow, displayOrder, orgAt } from './packed-orgs';
import type { ShownView } from './packed-orgs';
import { MAX_ROWS, toPaintSnapshot } from './snapshot';
import type { PaintBadge, PaintRow, PaintSnapshot, PaintWords } from './snapshot';

/** The words a row's badges say, from the popup's `_locales` messages. */
export interface RowWords {
  environment: (org: PopupOrg) => string;
  primary: string;
  pinned: string;
  here: string;
  used: (at: number) => string;
}

/** What the popup shows on rows besides the list itself: pins and each org's session status. */
export interface RowExtras {
  /** Pinned org ids, listed first in pinning order. */
  pinned: readonly string[];
  /** The org's session status line, once known ("Saved session · 5 min ago"). */
  status?: (org: PopupOrg) => string;
}

interface RowFacts {
  isCurrent: boolean;
  isPinned: boolean;
  usedAt: number | undefined;
}

/** A row's badges in the order `components/OrgOption` shows them. */
function badges(org: PopupOrg, facts: RowFacts, say: RowWords): PaintBadge[] {
  const list: PaintBadge[] = [{ text: say.environment(org), kind: org.environment }];
  if (org.isPrimary) list.push({ text: say.primary, kind: 'primary' });
  if (facts.isPinned) list.push({ text: say.pinned, kind: 'pinned' });
  if (facts.isCurrent) list.push({ text: say.here, kind: 'here' });
  if (facts.usedAt !== undefined) list.push({ text: say.used(facts.usedAt), kind: 'used' });
  return list;
}

/**
 * The first-paint snapshot of a plain list: its rows in display order, pinned first (only as many
 * as the snapshot keeps are built), the row Enter opens, and the screen's words.
 */
export function paintSnapshotOf(
  state: ShownView,
  words: PaintWords,
  say: RowWords,
  optionId: (org: PopupOrg) => string,
  extras: RowExtras = { pinned: [] },
): PaintSnapshot {
  const packed = state.group!.instances;
  const order = displayOrder(packed, extras.pinned);
  const opened = lastOpened(state.usage as Usage[]);
  const current = state.currentOrgId ?? null;
  const rows: PaintRow[] = Array.from(order.subarray(0, MAX_ROWS + 1), (i) => {
    const org = orgAt(packed, i);
    const isCurrent = org.orgId === current;
    const isPinned = extras.pinned.includes(org.orgId);
    const status = extras.status?.(org);
    return {
      id: optionId(org),
      name: org.name,
      login: org.loginEmail,
      badges: badges(org, { isCurrent, isPinned, usedAt: opened.get(org.orgId) }, say),
      ...(org.colour ? { colour: org.colour } : {}),
      ...(isCurrent ? { isCurrent: true } : {}),
      ...(status ? { status } : {}),
    };
  });
  return toPaintSnapshot({
    count: order.length,
    rows,
    activeIndex: defaultRow(packed, order.subarray(0, 2), current),
    words,
    source: state.source,
    phase: state.phase,
  });
}
