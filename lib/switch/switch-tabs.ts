import { browser } from 'wxt/browser';
import { hostMatches } from '../connection/instance-url';
import type { ConnectionProfile } from '../connection/profiles';
import { openTab } from '../tabs/open-tab';

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

/** Tab operations of a switch: reuse the active Outreach tab for `current`, else open a blank one. */
export function switchTabs(profile: () => Pick<ConnectionProfile, 'allowedHosts'>) {
  return {
    async target(where: 'current' | 'new'): Promise<number> {
      const tab = where === 'current' ? await activeTab() : undefined;
      if (tab?.id !== undefined && isOutreachUrl(tab.url, profile())) return tab.id;
      // A blank tab first, so the pending switch is recorded before the login page can ask for it.
      const created = await openTab('about:blank');
      if (created.id === undefined) throw new Error('The browser did not open a tab.');
      return created.id;
    },
    async navigate(tabId: number, url: string): Promise<void> {
      await browser.tabs.update(tabId, { url, active: true });
    },
  };
}
