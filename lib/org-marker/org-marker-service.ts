/**
 * The background's answer to "which org is this page?": the org the browser's Outreach session is
 * in, when the asking page is on that org's app origin; it also sets that tab's toolbar badge.
 */
import type { InstanceCache } from '../db';
import type { HandlerContext } from '../messaging/receiver';
import type { Settings } from '../storage/settings';
import { markerView } from './marker';
import type { OrgMarkerView } from './marker';

export interface OrgMarkerDeps {
  cache: () => Promise<InstanceCache>;
  /** The org of the asking tab's cookie store (its container in Firefox). */
  activeOrgId: (tabId: number) => Promise<string | null>;
  settings: () => Promise<Pick<Settings, 'orgSigns'>>;
  setBadge: (tabId: number, view: OrgMarkerView | null) => Promise<void>;
}

/** The marker view for the asking page, or `null` (and no badge) when its org is not known. */
export async function orgMarkerFor(
  deps: OrgMarkerDeps,
  context: HandlerContext,
): Promise<OrgMarkerView | null> {
  if (context.kind !== 'content-script') return null;
  const [orgId, { group }, { orgSigns }] = await Promise.all([
    deps.activeOrgId(context.tabId),
    (await deps.cache()).readGroup(),
    deps.settings(),
  ]);
  const org = group?.instances.find((instance) => instance.orgId === orgId);
  const isThisOrg = org !== undefined && new URL(org.appUrl).origin === context.origin;
  const view = isThisOrg ? markerView(org, orgSigns) : null;
  await deps.setBadge(context.tabId, view && orgSigns.badge ? view : null).catch(() => undefined);
  return view;
}
