import { useEffect, useState } from 'preact/hooks';
import type { PopupOrg } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import type { SessionFacts } from '../../lib/popup/session-status';

const KEY = 'cis.popup-sessions.v1';

/** The facts the popup last showed (times and counts only), so its first render says them too. */
function readCachedFacts(): SessionFacts | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as SessionFacts | null;
    const isShaped =
      value !== null && typeof value === 'object' && typeof value.saved === 'object' && value.saved !== null;
    return isShaped ? value : null;
  } catch {
    return null;
  }
}

/**
 * Saved sessions, the org the browser is in and its tabs: the last ones shown at once (the first
 * paint shows them too), then read again from the background.
 */
export function useSessionStatus() {
  const [facts, setFacts] = useState<SessionFacts | null>(readCachedFacts);
  const apply = (next: SessionFacts) => {
    setFacts(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Only the instant first paint of the status lines is lost.
    }
  };
  useEffect(() => {
    send({ type: 'getSessionStatus' }).then(apply, () => undefined);
  }, []);
  return {
    facts,
    forget: (org: PopupOrg) => {
      send({ type: 'forgetSession', orgId: org.orgId }).then(apply, () => undefined);
    },
  };
}
