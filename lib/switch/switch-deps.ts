import { t } from '../i18n/t';
import type { InstanceCache } from '../db';
import type { Instance } from '../directory/schema';
import type { HistoryRecorder } from '../history/recorder';
import type { Translate } from '../options/translate';
import type { SessionStore } from '../storage/session-store';
import type { KnownStore, SwitchPlace } from './container-switch';
import type { Cookie, CookieJar } from './cookie-jar';
import type { PendingSwitches } from './pending-switches';
import type { SwitchStep } from './switch-intent';

/** The Outreach hosts of the connection a switch needs: its login origins and app hosts. */
export interface SwitchSite {
  loginOrigins: string[];
  /** Exact app host names (the shard hosts); empty: only the org's own app origin. */
  appHosts: string[];
}

/** The tab calls of a switch. */
export interface SwitchTabs {
  /** The active Outreach tab for `current`; `null` when the switch needs a new tab. */
  reusable(where: 'current' | 'new'): Promise<number | null>;
  navigate(tabId: number, url: string): Promise<void>;
  /** Opens a new tab on `url`. */
  open(url: string): Promise<number>;
  /** The tab's URL, from the browser (a kept page is opened only where the tab is not yet). */
  urlOf?(tabId: number): Promise<string | undefined>;
}

/** What the switch service works with; browser calls come in here so every step is testable. */
export interface SwitchDeps {
  cache: () => Promise<InstanceCache>;
  store: SessionStore;
  pending: PendingSwitches;
  /** Cookie calls in one cookie store (`undefined`: the browser's default store). */
  cookies: {
    read(appUrl: string, storeId?: string): Promise<Cookie[]>;
    clear(appUrl: string, storeId?: string): Promise<void>;
    restore(jar: CookieJar, appUrl: string, storeId?: string): Promise<void>;
  };
  tabs: SwitchTabs;
  /** Containers (Firefox): the store and tabs of a switch; without it, the default store. */
  place?: (org: Instance, known?: KnownStore) => Promise<SwitchPlace>;
  /** The cookie store of a content script's tab. */
  storeOf?: (tabId: number) => Promise<string | undefined>;
  /** The connection's login origins and app hosts (the pending switch follows the tab across them). */
  site?: () => Promise<SwitchSite>;
  now?: () => number;
  /** The switch history (lib/history): told when a switch starts and how it ends. */
  history?: HistoryRecorder;
  /**
   * Heard after each step of `openInstance` ({@link SwitchStep}), once the intent notes it. Tests
   * (and the sandbox build's halt hook, lib/switch/halt-for-tests.ts) hold a step here to stop the
   * worker there.
   */
  afterStep?: (step: SwitchStep) => Promise<void>;
  /** Asks the browser to wake the worker later (an alarm), so a switch stopped in flight resumes. */
  wakeLater?: () => Promise<void>;
  /** This worker run's id: an intent of another run was left by a stopped worker. */
  run?: string;
  /** Words for people (`t`, passed in for tests). */
  words?: Translate;
  /**
   * The page of the current Outreach tab worth keeping in the org switched to (the popup's Next,
   * lib/switch/kept-page.ts), or `null`.
   */
  keptPage?: () => Promise<string | null>;
  /** Told after every switch (lib/switch/notify-old-tabs.ts tells the old org's tabs). */
  onSwitched?: (switched: { fromOrgId: string | null; to: Instance; tabId: number }) => Promise<unknown>;
}

/** A switch that cannot go on, with background words for the popup. */
export class SwitchError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export const SWITCH_ERROR_KEY = 'switch.error';
export const PAGE_REPORT_KEY = 'switch.pageReport';

/** The exact origin of a URL. */
export const originOf = (url: string) => new URL(url).origin;

/** The org `orgId` of the cached group, or a `SwitchError` when the list no longer has it. */
export async function findOrg(deps: Pick<SwitchDeps, 'cache' | 'words'>, orgId: string): Promise<Instance> {
  const { group } = await (await deps.cache()).readGroup();
  const org = group?.instances.find((instance) => instance.orgId === orgId);
  if (!org) throw new SwitchError('unknown-org', (deps.words ?? t)('switchUnknownOrg'));
  return org;
}

/** The org `orgId` names, for the history; `null` when unknown or gone from the list. */
export async function nameOf(
  deps: Pick<SwitchDeps, 'cache'>,
  orgId: string | undefined | null,
): Promise<{ orgId: string; name: string } | null> {
  if (orgId === undefined || orgId === null) return null;
  return findOrg(deps, orgId).catch(() => null);
}
