import { browser } from 'wxt/browser';
import type { InstanceCache } from '../db';

/**
 * The `open-last-org` shortcut: opens the most recently used org that is still in the list (in the
 * active Outreach tab, else a new tab); with none used yet, it opens the popup instead.
 */
export async function openLastOrg(deps: {
  cache: () => Promise<InstanceCache>;
  /** The production gate's `openInstance` (a production org is asked about first). */
  switches: { openInstance(orgId: string, where: 'current'): Promise<unknown> };
}) {
  const cache = await deps.cache();
  const [{ group }, usage] = await Promise.all([cache.readGroup(), cache.readUsage()]);
  const known = new Set(group?.instances.map((org) => org.orgId));
  const last = usage.find((row) => known.has(row.orgId));
  if (last) {
    await deps.switches.openInstance(last.orgId, 'current');
    return;
  }
  // Firefox's MV2 build has `browserAction` instead of `action`.
  const action =
    browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  await action?.openPopup().catch(() => undefined);
}
