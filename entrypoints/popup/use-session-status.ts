import { useEffect, useState } from 'preact/hooks';
import type { PopupOrg } from '../../lib/messaging/protocol';
import { send } from '../../lib/messaging/send';
import type { SessionFacts } from '../../lib/popup/session-status';

/** Saved sessions, the org the browser is in and its tabs, read once the popup is open. */
export function useSessionStatus() {
  const [facts, setFacts] = useState<SessionFacts | null>(null);
  useEffect(() => {
    send({ type: 'getSessionStatus' }).then(setFacts, () => undefined);
  }, []);
  return {
    facts,
    forget: (org: PopupOrg) => {
      send({ type: 'forgetSession', orgId: org.orgId }).then(setFacts, () => undefined);
    },
  };
}
