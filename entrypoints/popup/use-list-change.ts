import { useEffect, useMemo, useRef } from 'preact/hooks';
import { changeOf, seenAgainst } from '../../lib/popup/list-change';
import type { ListChange, SeenOrgs } from '../../lib/popup/list-change';
import { orgIds } from '../../lib/popup/packed-orgs';
import type { PackedOrgs } from '../../lib/popup/packed-orgs';

const KEY = 'cis.popup-seen-orgs.v1';

/** The org ids seen last (`null`: none yet), read once and then kept against each list shown. */
function readSeen(): string[] | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

/**
 * Whether the org list changed since the popup last showed it (a refresh, a capture, an import),
 * said once: the orgs seen when the popup opened are compared with each list it shows (the
 * snapshot first, then the live one), and the list shown becomes the one seen. The ids seen are
 * not kept as strings: only a byte per org of the list shown, and the seen ids it lacks
 * (`seenAgainst`, lib/popup/list-change.ts).
 */
export function useListChange(orgs: PackedOrgs): ListChange | null {
  const seen = useRef<SeenOrgs | string[] | null | undefined>(undefined);
  const change = useMemo(() => {
    if (seen.current === undefined) seen.current = readSeen();
    if (seen.current === null) return null;
    seen.current = seenAgainst(seen.current, orgs);
    return changeOf(seen.current);
  }, [orgs]);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(orgIds(orgs)));
    } catch {
      // Only the next "orgs added" line is lost.
    }
  }, [orgs]);
  return change;
}
