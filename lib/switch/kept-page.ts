import type { InstanceGroup } from '../directory/schema';
import { keptPageOf } from '../site/app-path';
import { originOf } from './switch-deps';

/**
 * The page of an Outreach tab worth opening in the org the popup switches to (issue 14, point 3):
 * only a page of an app origin (an org's app URL, or one of the profile's app hosts); the site
 * adapter says which part of it is org-neutral. `null`: nothing to keep, the org's start page opens.
 */
export function keptPageOfTab(
  url: string | undefined,
  group: Pick<InstanceGroup, 'instances'> | null,
  appHosts: readonly string[],
): string | null {
  const origins = new Set((group?.instances ?? []).map((org) => originOf(org.appUrl)));
  const isAppOrigin = (origin: string) => {
    if (origins.has(origin)) return true;
    const { protocol, hostname } = new URL(origin);
    const isSecure = protocol === 'https:' || (protocol === 'http:' && hostname.endsWith('.localhost'));
    return isSecure && appHosts.includes(hostname);
  };
  return keptPageOf(url, isAppOrigin);
}
