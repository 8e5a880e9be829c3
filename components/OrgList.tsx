import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PopupOrg } from '../lib/messaging/protocol';
import { t } from '../lib/i18n/t';
import { rowOffsets, rowWindow } from '../lib/popup/row-offsets';
import { OrgOption } from './OrgOption';

/** A row's height in px before it was measured (one-line name, login, badges). */
export const ROW_ESTIMATE = 64;
const OVERSCAN = 6;
const VIEW_HEIGHT = 336;

export interface OrgListProps {
  id: string;
  orgs: PopupOrg[];
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
function useKeys(orgs: readonly PopupOrg[]): string[] {
  return useMemo(() => orgs.map((org) => org.orgId), [orgs]);
}

function useOffsets(keys: readonly string[], heights: ReadonlyMap<string, number>, measured: number) {
  return useMemo(() => rowOffsets(keys, heights, ROW_ESTIMATE), [keys, measured]);
}

export const optionId = (org: PopupOrg) => `org-${org.orgId.replace(/[^\w-]/g, '_')}`;

/**
 * The WAI-ARIA listbox of orgs, virtualised for large groups; the filter box owns focus
 * (aria-activedescendant). Rows wrap long names instead of cutting them, so their heights differ:
 * each rendered row is measured and remembered.
 */
export function OrgList(props: OrgListProps) {
  const ref = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(0);
  const { orgs, activeIndex } = props;
  const keys = useKeys(orgs);
  const offsets = useOffsets(keys, heights.current, measured);
  const view = rowWindow(offsets, scrollTop, VIEW_HEIGHT, OVERSCAN);

  // Remember the height of every row on screen; a change re-renders with the true offsets.
  useLayoutEffect(() => {
    let changed = false;
    const rows = ref.current?.querySelectorAll<HTMLElement>('[role=option]') ?? [];
    rows.forEach((row, offset) => {
      const key = orgs[view.first + offset]?.orgId;
      if (key === undefined || heights.current.get(key) === row.offsetHeight) return;
      heights.current.set(key, row.offsetHeight);
      changed = true;
    });
    if (changed) setMeasured((count) => count + 1);
  });

  // Keep the active option in view as the arrow keys move it or the list changes. Not when only
  // measured heights change, nor when the same list arrives again (the background's answer after
  // the cache's): that would pull a list the person scrolled back to the active row.
  const listed = useMemo(() => keys.join('\n'), [keys]);
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
      {orgs.slice(view.first, view.last).map((org, offset) => (
        <OrgOption
          key={org.orgId}
          org={org}
          id={optionId(org)}
          position={view.first + offset + 1}
          setSize={orgs.length}
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
