import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Instance } from '../lib/directory/schema';
import { t } from '../lib/i18n/t';
import { OrgOption } from './OrgOption';

/** Row height in px; the list renders only the rows in view (plus a margin) for large groups. */
export const ROW_HEIGHT = 56;
const OVERSCAN = 6;
const VIEW_HEIGHT = 336;

export interface OrgListProps {
  id: string;
  orgs: Instance[];
  activeIndex: number;
  currentOrgId: string | null;
  lastUsedOrgId: string | null;
  onPick: (org: Instance, where: 'current' | 'new') => void;
  onActivate: (index: number) => void;
}

export const optionId = (org: Instance) => `org-${org.orgId.replace(/[^\w-]/g, '_')}`;

/** The WAI-ARIA listbox of orgs, virtualised; the filter box owns focus (aria-activedescendant). */
export function OrgList(props: OrgListProps) {
  const ref = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { orgs, activeIndex } = props;

  // Keep the active option in view as the arrow keys move it.
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || activeIndex < 0) return;
    const top = activeIndex * ROW_HEIGHT;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight) {
      list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
    }
  }, [activeIndex]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(orgs.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  return (
    <ul
      ref={ref}
      id={props.id}
      role="listbox"
      aria-label={t('popupOrgsLabel')}
      class="orgs"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {first > 0 && <li role="presentation" style={{ height: first * ROW_HEIGHT }} />}
      {orgs.slice(first, last).map((org, offset) => (
        <OrgOption
          key={org.orgId}
          org={org}
          id={optionId(org)}
          position={first + offset + 1}
          setSize={orgs.length}
          isActive={first + offset === activeIndex}
          isCurrent={org.orgId === props.currentOrgId}
          isLastUsed={org.orgId === props.lastUsedOrgId}
          onPick={props.onPick}
          onHover={() => props.onActivate(first + offset)}
        />
      ))}
      {last < orgs.length && <li role="presentation" style={{ height: (orgs.length - last) * ROW_HEIGHT }} />}
    </ul>
  );
}
