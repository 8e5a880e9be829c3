import { browser } from 'wxt/browser';
import type { OrgMarkerView } from '../org-marker/marker';

type Action = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** Firefox's MV2 build has `browserAction` instead of `action`. */
function toolbarAction(): Action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: Action }).browserAction;
}

/**
 * Shows the org's short tag on the toolbar button for that tab only, in its environment's colour;
 * `null` clears it (a page of no known org, or the badge turned off).
 */
export async function setTabBadge(tabId: number, view: OrgMarkerView | null, action = toolbarAction()) {
  if (!action) return;
  await action.setBadgeText({ tabId, text: view?.tag ?? '' });
  if (view) await action.setBadgeBackgroundColor({ tabId, color: view.colour });
}
