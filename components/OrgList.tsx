import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PopupOrg } from '../lib/messaging/protocol';
import { t } from '../lib/i18n/t';
import { orgAt, sameIds } from '../lib/popup/packed-orgs';
import type { PackedOrgs } from '../lib/popup/packed-orgs';
import { rowOffsets, rowWindow } from '../lib/popup/row-offsets';
import { OrgOption } from './OrgOption';

/** A row's height in px before it was measured (one-line name, login, badges). */
export const ROW_ESTIMATE = 64;
const OVERSCAN = 6;
const VIEW_HEIGHT = 336;

export interface OrgListProps {
  id: string;
  /** The group's rows, packed; a row object is made only for the rows rendered. */
  orgs: PackedOrgs;
  /** The rows shown, as indices into `orgs`, in order. */
  rows: Int32Array;
  activeIndex: number;
  currentOrgId: string | null;
  /** Pinned org ids: their rows say "Pinned". */
  pinned?: readonly string[];
  /** Each row's session status line, once known. */
  sayStatus?: (org: PopupOrg) => string;
  /** When each org was last opened, by org id. */
  lastOpened: ReadonlyMap<string, number>;
  /** "used 5 min ago" for a time. */
  sayUsed: (at: number) => string;
  onPick: (org: PopupOrg, where: 'current' | 'new') => void;
  onActivate: (index: number) => void;
}

// Memos in hooks of their own: a factory made in the list's body would keep that render's whole
// scope (an earlier list of 10,000 orgs and its offsets) for as long as the memo holds.
function useOffsets(rows: Int32Array, heights: ReadonlyMap<number, number>, measured: number) {
  return useMemo(() => rowOffsets(rows, heights, ROW_ESTIMATE), [rows, heights, measured]);
}

/**
 * The measured heights by row index in `orgs`. The same rows packed anew (the background's list
 * after the cache's) keep them; other rows are measured again as they are shown.
 */
function useHeights(orgs: PackedOrgs): Map<number, number> {
  const kept = useRef<{ orgs: PackedOrgs; heights: Map<number, number> } | null>(null);
  const last = kept.current;
  if (last?.orgs === orgs) return last.heights;
  const isSame = last && last.orgs.text === orgs.text && last.orgs.idPrefix === orgs.idPrefix;
  kept.current = { orgs, heights: isSame ? last.heights : new Map() };
  return kept.current.heights;
}

/**
 * A number that changes when the rows shown change (other org ids or another order), not when the
 * same list arrives again packed anew: the ids are compared, no key per row is kept.
 */
function useListVersion(orgs: PackedOrgs, rows: Int32Array): number {
  const last = useRef<{ orgs: PackedOrgs; rows: Int32Array; version: number } | null>(null);
  const seen = last.current;
  if (seen && seen.orgs === orgs && seen.rows === rows) return seen.version;
  const version = !seen ? 0 : sameIds(seen.orgs, seen.rows, orgs, rows) ? seen.version : seen.version + 1;
  last.current = { orgs, rows, version };
  return version;
}

import { optionId } from '../lib/popup/words';

/**
 * The WAI-ARIA listbox of orgs, virtualised for large groups; the filter box owns focus
 * (aria-activedescendant). Rows wrap long names instead of cutting them, so their heights differ:
 * each rendered row is measured and remembered.
 */
export function OrgList(props: OrgListProps) {
  const ref = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(0);
  const { orgs, rows, activeIndex } = props;
  const heights = useHeights(orgs);
  const offsets = useOffsets(rows, heights, measured);
  const view = rowWindow(offsets, scrollTop, VIEW_HEIGHT, OVERSCAN);

  // Remember the height of every row on screen; a change re-renders with the true offsets.
  useLayoutEffect(() => {
    let changed = false;
    const nodes = ref.current?.querySelectorAll<HTMLElement>('[role=option]') ?? [];
    nodes.forEach((node, offset) => {
      const key = rows[view.first + offset];
      if (key === undefined || heights.get(key) === node.offsetHeight) return;
      heights.set(key, node.offsetHeight);
      changed = true;
    });
    if (changed) setMeasured((count) => count + 1);
  });

  // Keep the active option in view as the arrow keys move it or the list changes. Not when only
  // measured heights change, nor when the same list arrives again (the background's answer after
  // the cache's): that would pull a list the person scrolled back to the active row.
  const listed = useListVersion(orgs, rows);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || activeIndex < 0) return;
    const top = offsets[activeIndex] ?? 0;
    const bottom = offsets[activeIndex + 1] ?? top;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [activeIndex, listed]);

  return (
    <ul
      ref={ref}
      id={props.id}
      role="listbox"
      aria-label={t('popupOrgsLabel')}
      class="orgs"
      // Out of the Tab order: the filter drives it (aria-activedescendant), and Chromium would
      // otherwise make the scrolling list itself a Tab stop.
      tabIndex={-1}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {view.before > 0 && <li role="presentation" style={{ height: view.before }} />}
      {Array.from(rows.subarray(view.first, view.last), (i) => orgAt(orgs, i)).map((org, offset) => (
        <OrgOption
          key={org.orgId}
          org={org}
          id={optionId(org)}
          position={view.first + offset + 1}
          setSize={rows.length}
          isActive={view.first + offset === activeIndex}
          isCurrent={org.orgId === props.currentOrgId}
          isPinned={props.pinned?.includes(org.orgId) ?? false}
          status={props.sayStatus?.(org) ?? null}
          usedAgo={props.lastOpened.has(org.orgId) ? props.sayUsed(props.lastOpened.get(org.orgId)!) : null}
          onPick={props.onPick}
          onHover={() => props.onActivate(view.first + offset)}
        />
      ))}
      {view.after > 0 && <li role="presentation" style={{ height: view.after }} />}
    </ul>
  );
}
