import { useEffect, useMemo, useState } from 'preact/hooks';
import { listChange } from '../../lib/popup/list-change';
import type { ListChange } from '../../lib/popup/list-change';

const KEY = 'cis.popup-seen-orgs.v1';

/** The org ids seen last, as one string (one a line): 10,000 ids as strings would be 10,000 objects. */
function readSeen(): string | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return Array.isArray(value)
      ? value.filter((id): id is string => typeof id === 'string').join('\n')
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether the org list changed since the popup last showed it (a refresh, a capture, an import),
 * said once: the orgs seen when the popup opened are compared with each list it shows (the
 * snapshot first, then the live one), and the list shown becomes the one seen. Only the ids seen
 * are kept between lists (one string); the sets compared are made per list and dropped.
 */
export function useListChange(orgs: readonly { orgId: string }[]): ListChange | null {
  const [seen] = useState(readSeen);
  const change = useMemo(() => {
    const before = seen === null ? null : seen === '' ? [] : seen.split('\n');
    return listChange(
      before,
      orgs.map((org) => org.orgId),
    );
  }, [seen, orgs]);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(orgs.map((org) => org.orgId)));
    } catch {
      // Only the next "orgs added" line is lost.
    }
  }, [orgs]);
  return change;
}
