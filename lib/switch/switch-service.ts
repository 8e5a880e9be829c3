import type { InstanceCache } from '../db';
import type { Instance } from '../directory/schema';
import type { PendingSwitchView, SwitchFailure } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import type { SessionStore } from '../storage/session-store';
import { storeKey } from './container-switch';
import type { SwitchPlace } from './container-switch';
import { isJarUsable } from './cookie-jar';
import { sessionFingerprint } from './session-fingerprint';
import type { Cookie, CookieJar } from './cookie-jar';
import { appOriginsOfPending, loginOriginsOfPending } from './pending-switches';
import type { PendingSwitches } from './pending-switches';
import type { HistoryRecorder } from '../history/recorder';
import { switchFailure } from './switch-failure';

/** The Outreach hosts of the connection a switch needs: its login origins and app hosts. */
export interface SwitchSite {
  loginOrigins: string[];
  /** Exact app host names (the shard hosts); empty: only the org's own app origin. */
  appHosts: string[];
}

// Per cookie store (lib/switch/container-switch.ts): the default store keeps these plain keys.
const activeKey = (storeId?: string) => storeKey('switch.active', storeId);
const jarKey = (orgId: string, storeId?: string) => storeKey(`switch.jar.${orgId}`, storeId);
export const SWITCH_ERROR_KEY = 'switch.error';

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
  tabs: {
    /** The active Outreach tab for `current`; `null` when the switch needs a new tab. */
    reusable(where: 'current' | 'new'): Promise<number | null>;
    navigate(tabId: number, url: string): Promise<void>;
    /** Opens a new tab on `url`. */
    open(url: string): Promise<number>;
  };
  /** Containers (Firefox): the store and tabs of a switch; without it, the default store. */
  place?: (org: Instance) => Promise<SwitchPlace>;
  /** The cookie store of a content script's tab. */
  storeOf?: (tabId: number) => Promise<string | undefined>;
  /** The connection's login origins and app hosts (the pending switch follows the tab across them). */
  site?: () => Promise<SwitchSite>;
  now?: () => number;
  /** The switch history (lib/history): told when a switch starts and how it ends. */
  history?: HistoryRecorder;
  /** Told after every switch (lib/switch/notify-old-tabs.ts tells the old org's tabs). */
  onSwitched?: (switched: { fromOrgId: string | null; to: Instance; tabId: number }) => Promise<unknown>;
}

export const PAGE_REPORT_KEY = 'switch.pageReport';

/** The org a switch landed in, with a hash of the session cookies it landed with. */
interface ActiveSession {
  orgId: string;
  fingerprint: string;
}

export class SwitchError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

const originOf = (url: string) => new URL(url).origin;

/**
 * Switching orgs (the design's `openInstance`): save the session of the org being left, restore the
 * target's saved session for an instant switch, or open its login page with a pending switch that
 * the login content script completes with the `+` alias.
 */
export function createSwitchService(deps: SwitchDeps) {
  const now = deps.now ?? Date.now;

  async function findOrg(orgId: string): Promise<Instance> {
    const { group } = await (await deps.cache()).readGroup();
    const org = group?.instances.find((instance) => instance.orgId === orgId);
    if (!org)
      throw new SwitchError(
        'unknown-org',
        'That org is not in your list any more. Refresh it and try again.',
      );
    return org;
  }

  /** The org `orgId` names, for the history; `null` when unknown or gone from the list. */
  async function nameOf(orgId: string | undefined): Promise<{ orgId: string; name: string } | null> {
    if (orgId === undefined) return null;
    return findOrg(orgId).catch(() => null);
  }

  /**
   * The org the browser's Outreach session belongs to: the org a switch landed in, as long as the
   * session cookies are still the ones it landed with. A person signing in to another org by hand
   * changes them, and then nobody's session is saved or trusted by mistake.
   */
  async function currentSession(
    appUrl: string,
    storeId: string | undefined,
  ): Promise<{ active: ActiveSession | null; cookies: Cookie[] }> {
    const [active, cookies] = await Promise.all([
      deps.store.get<ActiveSession>(activeKey(storeId)),
      deps.cookies.read(appUrl, storeId),
    ]);
    const isSame = active && cookies.length > 0 && active.fingerprint === (await sessionFingerprint(cookies));
    return { active: isSame ? active : null, cookies };
  }

  /** Saves the browser's current session as the jar of the org it belongs to, before leaving it. */
  async function saveSessionOnLeaving(target: Instance, storeId?: string): Promise<ActiveSession | null> {
    const { active, cookies } = await currentSession(target.appUrl, storeId);
    if (active && active.orgId !== target.orgId) {
      await deps.store.set(jarKey(active.orgId, storeId), { savedAt: now(), cookies } satisfies CookieJar);
    }
    return active;
  }

  /** The one-session switch in a cookie store: save the org being left, restore the target's jar. */
  async function swapSession(org: Instance, storeId: string | undefined): Promise<boolean> {
    const active = await saveSessionOnLeaving(org, storeId);
    if (active?.orgId === org.orgId) return true;
    const jar = await deps.store.get<CookieJar>(jarKey(org.orgId, storeId));
    await deps.cookies.clear(org.appUrl, storeId);
    await deps.store.remove(activeKey(storeId));
    const isUsable = isJarUsable(jar, now());
    if (isUsable) await deps.cookies.restore(jar!, org.appUrl, storeId);
    return isUsable;
  }

  async function recordPending(tabId: number, org: Instance) {
    const { group } = await (await deps.cache()).readGroup();
    const site = (await deps.site?.()) ?? { loginOrigins: [], appHosts: [] };
    const { protocol, port } = new URL(org.appUrl);
    const appOrigins = site.appHosts.map((host) => `${protocol}//${host}${port ? `:${port}` : ''}`);
    const isRoot = group !== null && org.loginEmail.toLowerCase() === group.rootEmail.toLowerCase();
    await deps.pending.record(tabId, {
      orgId: org.orgId,
      orgName: org.name,
      loginEmail: org.loginEmail,
      loginUrl: org.loginUrl,
      loginOrigin: originOf(org.loginUrl),
      loginOrigins: unique([originOf(org.loginUrl), ...site.loginOrigins]),
      appOrigin: originOf(org.appUrl),
      appOrigins: unique([originOf(org.appUrl), ...appOrigins]),
      via: isRoot ? 'root' : 'alias',
      pickedAt: null,
    });
  }

  // Content-script requests wait for tabs still being opened, so a page that loads before its
  // pending switch is recorded still finds it.
  const opening = new Set<Promise<unknown>>();
  async function whileOpening<T>(work: Promise<T>): Promise<T> {
    opening.add(work);
    try {
      return await work;
    } finally {
      opening.delete(work);
    }
  }

  /**
   * Opens `url` in the tab the switch uses, with its pending switch recorded. It is recorded even
   * for a restore: if the saved session was revoked, the app shows its login page and the content
   * script signs in with the alias instead.
   */
  async function openTabFor(
    org: Instance,
    where: 'current' | 'new',
    url: string,
    tabs: SwitchDeps['tabs'] = deps.tabs,
  ): Promise<number> {
    const reused = await tabs.reusable(where);
    if (reused === null) {
      // Opened on its URL directly (a blank tab navigated afterwards made Chromium's renderer
      // crash now and then); the content script's first request waits for the record below.
      const created = await tabs.open(url);
      await recordPending(created, org);
      return created;
    }
    await recordPending(reused, org);
    await tabs.navigate(reused, url);
    return reused;
  }

  return {
    async openInstance(
      orgId: string,
      where: 'current' | 'new',
    ): Promise<{ tabId: number; restored: boolean }> {
      const org = await findOrg(orgId);
      const place = (await deps.place?.(org)) ?? {
        storeId: undefined,
        isOrgContainer: false,
        tabs: deps.tabs,
      };
      const fromOrgId = (await deps.store.get<ActiveSession>(activeKey(place.storeId)))?.orgId ?? null;
      // An org's own container keeps its session: signed in there already, or signing in there now.
      const restored = place.isOrgContainer
        ? (await deps.cookies.read(org.appUrl, place.storeId)).length > 0
        : await swapSession(org, place.storeId);
      await deps.history?.started(
        await nameOf(fromOrgId ?? undefined),
        org,
        restored ? 'restored' : 'alias-login',
      );
      await deps.store.remove(SWITCH_ERROR_KEY);
      const url = restored ? org.appUrl : org.loginUrl;
      const tabId = await whileOpening(openTabFor(org, where, url, place.tabs));
      void deps.onSwitched?.({ fromOrgId, to: org, tabId })?.catch(() => undefined);
      await (await deps.cache()).recordUse(orgId, now());
      return { tabId, restored };
    },

    async getPendingSwitch(context: HandlerContext): Promise<PendingSwitchView | null> {
      if (context.kind !== 'content-script') return null;
      await Promise.allSettled([...opening]);
      const pending = await deps.pending.get(context.tabId);
      if (!pending) return null;
      const loginOrigins = loginOriginsOfPending(pending);
      const appOrigins = appOriginsOfPending(pending);
      // The alias goes to the profile's exact login origins only; an app origin just reports arrival.
      const isLoginOrigin = loginOrigins.includes(context.origin);
      if (!isLoginOrigin && !appOrigins.includes(context.origin)) return null;
      const { group } = await (await deps.cache()).readGroup();
      return {
        orgId: pending.orgId,
        orgName: pending.orgName,
        loginEmail: isLoginOrigin ? pending.loginEmail : '',
        loginUrl: pending.loginUrl,
        shouldFill: isLoginOrigin && pending.filledAt === null,
        isLoginOrigin,
        via: pending.via ?? 'alias',
        shouldPick: (pending.pickedAt ?? null) === null,
        loginOrigins,
        appOrigins,
        orgs: (group?.instances ?? []).map(({ orgId, name, loginEmail }) => ({ orgId, name, loginEmail })),
      };
    },

    async reportSwitch(
      outcome: 'filled' | 'picked' | 'landed' | 'failed',
      reason: SwitchFailure | undefined,
      context: HandlerContext,
      pageReport?: string,
    ): Promise<null> {
      if (context.kind !== 'content-script') return null;
      const pending = await deps.pending.get(context.tabId);
      const origins = pending ? [...loginOriginsOfPending(pending), ...appOriginsOfPending(pending)] : [];
      if (!pending || !origins.includes(context.origin)) return null;
      if (outcome === 'filled') await deps.pending.markFilled(context.tabId);
      if (outcome === 'picked') await deps.pending.markPicked(context.tabId);
      // "Landed" counts only from an app origin: a login-host page is never the app.
      if (outcome === 'landed' && appOriginsOfPending(pending).includes(context.origin)) {
        const storeId = await deps.storeOf?.(context.tabId);
        const cookies = await deps.cookies.read(`${context.origin}/`, storeId);
        const fingerprint = await sessionFingerprint(cookies);
        const active: ActiveSession = { orgId: pending.orgId, fingerprint };
        await deps.store.set(activeKey(storeId), active);
        await deps.pending.remove(context.tabId);
        await deps.store.remove(PAGE_REPORT_KEY);
        await deps.history?.settled(pending.orgId, 'landed');
      }
      if (outcome === 'failed') {
        await deps.history?.settled(pending.orgId, 'failed');
        await deps.pending.remove(context.tabId);
        await deps.store.set(SWITCH_ERROR_KEY, switchFailure(pending, reason));
        if (pageReport) await deps.store.set(PAGE_REPORT_KEY, pageReport);
        else await deps.store.remove(PAGE_REPORT_KEY);
      }
      return null;
    },

    /** A person chose an org in the inline chooser on a login page: that page may get its alias. */
    async chooseOrg(orgId: string, context: HandlerContext): Promise<{ loginEmail: string }> {
      if (context.kind !== 'content-script') throw new SwitchError('forbidden', 'Only a login page may ask.');
      const org = await findOrg(orgId);
      const site = (await deps.site?.()) ?? { loginOrigins: [] };
      if (![originOf(org.loginUrl), ...site.loginOrigins].includes(context.origin)) {
        throw new SwitchError('wrong-origin', 'This page is not the login page of that org.');
      }
      const storeId = await deps.storeOf?.(context.tabId);
      const left = await saveSessionOnLeaving(org, storeId);
      await deps.history?.started(await nameOf(left?.orgId), org, 'inline-chooser');
      await deps.store.remove(activeKey(storeId));
      await recordPending(context.tabId, org);
      await deps.pending.markFilled(context.tabId);
      await (await deps.cache()).recordUse(orgId, now());
      return { loginEmail: org.loginEmail };
    },

    /** The org a cookie store's Outreach session belongs to, if a switch put it there. */
    activeOrgId: async (storeId?: string) =>
      (await deps.store.get<ActiveSession>(activeKey(storeId)))?.orgId ?? null,

    /**
     * When each org's session was saved, for orgs whose saved session can still be restored (the
     * popup's session status, issue 14). Only times leave the background, never the cookies.
     */
    async savedSessions(orgIds: readonly string[]): Promise<Record<string, number>> {
      const jars = await Promise.all(orgIds.map((orgId) => deps.store.get<CookieJar>(jarKey(orgId))));
      const saved: Record<string, number> = {};
      orgIds.forEach((orgId, index) => {
        const jar = jars[index];
        if (isJarUsable(jar, now())) saved[orgId] = jar.savedAt;
      });
      return saved;
    },

    /** "Forget this org's session": its saved jar goes; the next switch to it signs in with the alias. */
    forgetSession: (orgId: string) => deps.store.remove(jarKey(orgId)),

    /** Sign-out: every saved session and pending switch goes (they are credentials). */
    forgetSessions: () => deps.store.removePrefix('switch.'),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export type SwitchService = ReturnType<typeof createSwitchService>;
