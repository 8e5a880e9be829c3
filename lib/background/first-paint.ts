/**
 * A first open's first screen, built in the background: with nothing kept to paint (the popup's
 * first open, or its snapshot cleared), the popup's first-paint script asks for the state with
 * `paints`, and paints the snapshot sent with the answer before the popup's app has loaded
 * (assets/popup-paint.js). The same builder as the popup's own snapshot (lib/popup/first-screen.ts),
 * with the pins and session status the app would show, so the app takes over the same screen.
 */
import { toPopupOrg } from '../instances/popup-view';
import { firstScreenSnapshot } from '../popup/first-screen';
import type { FirstPaint } from '../popup/first-screen';
import { isPlainList } from '../popup/first-state';
import { packOrgs } from '../popup/packed-orgs';
import type { ShownView } from '../popup/packed-orgs';
import type { SessionFacts } from '../popup/session-status';
import { saySession } from '../popup/words';

export interface FirstPaintDeps {
  /** The pinned org ids, in pinning order. */
  pins: () => Promise<string[]>;
  /** The popup's session status facts. */
  sessionFacts: () => Promise<SessionFacts>;
}

/**
 * The first screen of a plain list, or `null` for any other screen (the app renders those) or when
 * the pins or session status cannot be read (painted without them, the app would move rows or add
 * lines under them a moment later).
 */
export function createFirstPaint({ pins, sessionFacts }: FirstPaintDeps): FirstPaint {
  return async (state, reply) => {
    if (!state.group || !reply.group) return null;
    const view: ShownView = {
      ...reply,
      group: {
        ...reply.group,
        instances: packOrgs(state.group.instances.map(toPopupOrg), state.group.rootEmail),
      },
    };
    if (!isPlainList(view)) return null;
    try {
      const [pinned, facts] = await Promise.all([pins(), sessionFacts()]);
      return firstScreenSnapshot(view, { pinned, status: (org) => saySession(org.orgId, facts) });
    } catch {
      return null;
    }
  };
}
