import type { InstanceCache } from '../db';
import type { Instance } from '../directory/schema';
import type { TabNotice } from '../messaging/protocol';
import type { SessionStore } from '../storage/session-store';

const noticeKey = (tabId: number) => `notice.${tabId}`;

export interface OldTabsDeps {
  cache: () => Promise<InstanceCache>;
  store: SessionStore;
  /** Every open tab (`tabs.query({})`); URLs are visible for the connection's hosts. */
  tabs: () => Promise<{ id?: number; url?: string }[]>;
  /** `tabs.sendMessage` to the tab's top frame. */
  send: (tabId: number, notice: TabNotice) => Promise<unknown>;
}

export interface Switched {
  /** The org the browser's session was in before the switch, if the extension knew it. */
  fromOrgId: string | null;
  to: Instance;
  /** The tab the switch used: it shows the new org, so it is not told. */
  tabId: number;
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * Chrome keeps one Outreach session per browser, so a switch changes the org behind every other
 * Outreach tab. Tabs of the old org's origins are told (an in-page notice with Reload and Switch
 * back), and remembered, so that only they may ask to switch back to that org.
 */
export function createOldTabNotifier(deps: OldTabsDeps) {
  return {
    /** Tells the tabs of the old org; returns the ids of the tabs told. */
    async notify({ fromOrgId, to, tabId }: Switched): Promise<number[]> {
      if (!fromOrgId || fromOrgId === to.orgId) return [];
      const { group } = await (await deps.cache()).readGroup();
      const from = group?.instances.find((org) => org.orgId === fromOrgId);
      if (!from) return [];
      const origins = new Set([originOf(from.appUrl), originOf(from.loginUrl)]);
      const told = (await deps.tabs())
        .filter((tab) => tab.id !== undefined && tab.id !== tabId && origins.has(originOf(tab.url)))
        .map((tab) => tab.id!);
      const notice: TabNotice = {
        type: 'tabNotice',
        oldOrgId: from.orgId,
        oldName: from.name,
        newName: to.name,
      };
      await Promise.allSettled(
        told.map(async (id) => {
          await deps.store.set(noticeKey(id), from.orgId);
          await deps.send(id, notice);
        }),
      );
      return told;
    },

    /** Whether `tabId` was told it left `orgId` (so its Switch back may open that org). */
    async mayReturn(tabId: number, orgId: string): Promise<boolean> {
      return (await deps.store.get<string>(noticeKey(tabId))) === orgId;
    },

    /** A closed tab needs no notice record. */
    forget: (tabId: number) => deps.store.remove(noticeKey(tabId)),
  };
}

export type OldTabNotifier = ReturnType<typeof createOldTabNotifier>;
