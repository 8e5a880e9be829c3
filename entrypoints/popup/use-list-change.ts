import { useEffect, useMemo, useState } from 'preact/hooks';
import { listChange } from '../../lib/popup/list-change';
import type { ListChange } from '../../lib/popup/list-change';

const KEY = 'cis.popup-seen-orgs.v1';

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
 * snapshot first, then the live one), and the list shown becomes the one seen.
 */
export function useListChange(orgIds: readonly string[]): ListChange | null {
  const [seen] = useState(readSeen);
  const key = orgIds.join('\n');
  const change = useMemo(() => listChange(seen, orgIds), [seen, key]);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(orgIds));
    } catch {
      // Only the next "orgs added" line is lost.
    }
  }, [key]);
  return change;
}
