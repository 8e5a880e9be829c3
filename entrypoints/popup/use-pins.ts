import { useEffect, useState } from 'preact/hooks';
import type { PopupOrg } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';

const KEY = 'cis.popup-pins.v1';

function readCachedPins(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function cachePins(pins: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(pins));
  } catch {
    // Only the instant first paint of the pins is lost.
  }
}

/**
 * The pinned org ids (kept in IndexedDB by the background), painted at once from a local copy and
 * then read again; `toggle` pins or unpins one org.
 */
export function usePins() {
  const [pinned, setPinned] = useState<string[]>(readCachedPins);
  const apply = (rows: { orgId: string }[]) => {
    const ids = rows.map((row) => row.orgId);
    setPinned(ids);
    cachePins(ids);
  };
  useEffect(() => {
    send({ type: 'listPins' }).then(apply, () => undefined);
  }, []);
  return {
    pinned,
    toggle: (org: PopupOrg) => {
      const isPinned = !pinned.includes(org.orgId);
      send({ type: 'setPinned', orgId: org.orgId, pinned: isPinned }).then(apply, () => undefined);
    },
  };
}
