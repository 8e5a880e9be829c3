import type { DisplayList } from '../db/read-display-list';
import type { Usage } from '../directory/schema';
import type { PopupOrg, PopupView } from '../messaging/protocol';
import { defaultIndex, lastOpened, orderOrgs } from './org-list';
import { MAX_ROWS, toPaintSnapshot } from './snapshot';
import type { PaintBadge, PaintRow, PaintSnapshot, PaintWords } from './snapshot';

/**
 * The popup's state from the IndexedDB cache alone, shown until the background answers (its
 * worker may be stopped). The phase and source are the last snapshot's, or a plain ready list.
 */
export function stateFromCache(
  list: DisplayList,
  hint: Pick<PaintSnapshot, 'phase' | 'source'> | null,
): PopupView {
  const source = hint?.source ?? (list.group.source === 'manual' ? 'manual' : 'directory');
  return {
    phase: (hint?.phase as PopupView['phase'] | undefined) ?? 'ready',
    source,
    rootEmail: hint ? list.group.rootEmail : null,
    group: list.group,
    usage: list.usage,
    currentOrgId: null,
    error: null,
    isRefreshing: false,
    cacheWarning: null,
    signInKind: list.group.source === 'outreach-page' ? 'outreach-pages' : undefined,
    revision: list.revision,
  };
}

/** Whether the first screen is the bare list (no banner above it), the only one worth painting early. */
export function isPlainList(state: PopupView): boolean {
  const group = state.group;
  if (!group || group.instances.length === 0 || group.droppedCount > 0) return false;
  if (state.error || state.cacheWarning || state.orgOffer) return false;
  return state.phase === 'ready';
}

/** The words a row's badges say, from the popup's `_locales` messages. */
export interface RowWords {
  environment: (org: PopupOrg) => string;
  primary: string;
  here: string;
  used: (at: number) => string;
}

/** A row's badges in the order `components/OrgOption` shows them. */
function badges(org: PopupOrg, isCurrent: boolean, usedAt: number | undefined, say: RowWords): PaintBadge[] {
  const list: PaintBadge[] = [{ text: say.environment(org), kind: org.environment }];
  if (org.isPrimary) list.push({ text: say.primary, kind: 'primary' });
  if (isCurrent) list.push({ text: say.here, kind: 'here' });
  if (usedAt !== undefined) list.push({ text: say.used(usedAt), kind: 'used' });
  return list;
}

/**
 * The first-paint snapshot of a plain list: its rows in display order (only as many as the
 * snapshot keeps are built), the row Enter opens, and the screen's words.
 */
export function paintSnapshotOf(
  state: PopupView,
  words: PaintWords,
  say: RowWords,
  optionId: (org: PopupOrg) => string,
): PaintSnapshot {
  const ordered = orderOrgs(state.group!.instances);
  const opened = lastOpened(state.usage as Usage[]);
  const current = state.currentOrgId ?? null;
  const rows: PaintRow[] = ordered.slice(0, MAX_ROWS + 1).map((org) => ({
    id: optionId(org),
    name: org.name,
    login: org.loginEmail,
    badges: badges(org, org.orgId === current, opened.get(org.orgId), say),
    ...(org.colour ? { colour: org.colour } : {}),
    ...(org.orgId === current ? { isCurrent: true } : {}),
  }));
  return toPaintSnapshot({
    count: ordered.length,
    rows,
    activeIndex: defaultIndex(ordered.slice(0, 2), current),
    words,
    source: state.source,
    phase: state.phase,
  });
}

/** The first of `promises` to give a value (not `null`), or `null` once all gave none or failed. */
export function firstOf<T>(...promises: Promise<T | null>[]): Promise<T | null> {
  return new Promise((resolve) => {
    let left = promises.length;
    const settle = () => --left === 0 && resolve(null);
    for (const promise of promises) {
      promise.then((value) => (value === null ? settle() : resolve(value)), settle);
    }
  });
}
