import { browser } from 'wxt/browser';
import { createContainers, isDefaultStore } from '../browser/containers';
import { hostMatches } from '../connection/instance-url';
import type { ConnectionProfile } from '../connection/profiles';
import { openTab } from '../tabs/open-tab';
import { createContainerSwitch } from './container-switch';
import type { StoreTab } from './container-switch';

/** Whether a tab's URL is a page of the connection's Outreach hosts. */
export function isOutreachUrl(
  url: string | undefined,
  profile: Pick<ConnectionProfile, 'allowedHosts'>,
): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    const isSecure = protocol === 'https:' || (protocol === 'http:' && hostname.endsWith('.localhost'));
    return isSecure && profile.allowedHosts.some((pattern) => hostMatches(hostname, pattern));
  } catch {
    return false;
  }
}

/** The active tab of the window the person last used. */
export async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** Tab operations of a switch: reuse the active Outreach tab for `current`, else open a new one. */
export function switchTabs(profile: () => Pick<ConnectionProfile, 'allowedHosts'>) {
  return {
    async reusable(where: 'current' | 'new'): Promise<number | null> {
      const tab = where === 'current' ? await activeTab() : undefined;
      return tab?.id !== undefined && isOutreachUrl(tab.url, profile()) ? tab.id : null;
    },
    async navigate(tabId: number, url: string): Promise<void> {
      await browser.tabs.update(tabId, { url, active: true });
    },
    async open(url: string): Promise<number> {
      const created = await openTab(url);
      if (created.id === undefined) throw new Error('The browser did not open a tab.');
      return created.id;
    },
    async urlOf(tabId: number): Promise<string | undefined> {
      return (await browser.tabs.get(tabId)).url;
    },
  };
}

/** The switch's containers (Firefox) over the real tabs and `contextualIdentities` APIs. */
export function containerSwitchFor(
  profile: () => Pick<ConnectionProfile, 'allowedHosts'>,
  setting: () => Promise<boolean | null>,
) {
  return createContainerSwitch({
    containers: createContainers(),
    setting,
    activeTab: async () => (await activeTab()) as StoreTab | undefined,
    getTab: async (tabId) => (await browser.tabs.get(tabId)) as StoreTab,
    isOutreachUrl: (url) => isOutreachUrl(url, profile()),
    async navigate(tabId, url) {
      await browser.tabs.update(tabId, { url, active: true });
    },
    async open(url, storeId) {
      const created = await openTab(url, isDefaultStore(storeId) ? {} : { cookieStoreId: storeId });
      if (created.id === undefined) throw new Error('The browser did not open a tab.');
      return created.id;
    },
  });
}
