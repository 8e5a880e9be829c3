import type { InstanceCache } from '../db';
import type { Instance } from '../directory/schema';
import type { PendingSwitchView, UiError } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import type { SessionStore } from '../storage/session-store';
import { isJarUsable } from './cookie-jar';
import { sessionFingerprint } from './session-fingerprint';
import type { Cookie, CookieJar } from './cookie-jar';
import type { PendingSwitches } from './pending-switches';
import type { HistoryRecorder } from '../history/recorder';

const ACTIVE_KEY = 'switch.active';
const jarKey = (orgId: string) => `switch.jar.${orgId}`;
export const SWITCH_ERROR_KEY = 'switch.error';

export interface SwitchDeps {
  cache: () => Promise<InstanceCache>;
  store: SessionStore;
  pending: PendingSwitches;
  cookies: {
    read(appUrl: string): Promise<Cookie[]>;
    clear(appUrl: string): Promise<void>;
    restore(jar: CookieJar, appUrl: string): Promise<void>;
  };
  tabs: {
    /** The active Outreach tab for `current`; `null` when the switch needs a new tab. */
    reusable(where: 'current' | 'new'): Promise<number | null>;
    navigate(tabId: number, url: string): Promise<void>;
    /** Opens a new tab on `url`. */
    open(url: string): Promise<number>;
  };
  now?: () => number;
  /** The switch history (lib/history): told when a switch starts and how it ends. */
  history?: HistoryRecorder;
  /** Told after every switch (lib/switch/notify-old-tabs.ts tells the old org's tabs). */
  onSwitched?: (switched: { fromOrgId: string | null; to: Instance; tabId: number }) => Promise<unknown>;
}

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
  ): Promise<{ active: ActiveSession | null; cookies: Cookie[] }> {
    const [active, cookies] = await Promise.all([
      deps.store.get<ActiveSession>(ACTIVE_KEY),
      deps.cookies.read(appUrl),
    ]);
    const isSame = active && cookies.length > 0 && active.fingerprint === (await sessionFingerprint(cookies));
    return { active: isSame ? active : null, cookies };
  }

  /** Saves the browser's current session as the jar of the org it belongs to, before leaving it. */
  async function saveSessionOnLeaving(target: Instance): Promise<ActiveSession | null> {
    const { active, cookies } = await currentSession(target.appUrl);
    if (active && active.orgId !== target.orgId) {
      await deps.store.set(jarKey(active.orgId), { savedAt: now(), cookies } satisfies CookieJar);
    }
    return active;
  }

  async function recordPending(tabId: number, org: Instance) {
    await deps.pending.record(tabId, {
      orgId: org.orgId,
      orgName: org.name,
      loginEmail: org.loginEmail,
      loginUrl: org.loginUrl,
      loginOrigin: originOf(org.loginUrl),
      appOrigin: originOf(org.appUrl),
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
  async function openTabFor(org: Instance, where: 'current' | 'new', url: string): Promise<number> {
    const reused = await deps.tabs.reusable(where);
    if (reused === null) {
      // Opened on its URL directly (a blank tab navigated afterwards made Chromium's renderer
      // crash now and then); the content script's first request waits for the record below.
      const created = await deps.tabs.open(url);
      await recordPending(created, org);
      return created;
    }
    await recordPending(reused, org);
    await deps.tabs.navigate(reused, url);
    return reused;
  }

  return {
    async openInstance(
      orgId: string,
      where: 'current' | 'new',
    ): Promise<{ tabId: number; restored: boolean }> {
      const org = await findOrg(orgId);
      const active = await saveSessionOnLeaving(org);
      let restored = active?.orgId === orgId;
      if (!restored) {
        const jar = await deps.store.get<CookieJar>(jarKey(orgId));
        await deps.cookies.clear(org.appUrl);
        await deps.store.remove(ACTIVE_KEY);
        restored = isJarUsable(jar, now());
        if (restored) await deps.cookies.restore(jar!, org.appUrl);
      }
      await deps.history?.started(await nameOf(active?.orgId), org, restored ? 'restored' : 'alias-login');
      await deps.store.remove(SWITCH_ERROR_KEY);
      const tabId = await whileOpening(openTabFor(org, where, restored ? org.appUrl : org.loginUrl));
      void deps.onSwitched?.({ fromOrgId: active?.orgId ?? null, to: org, tabId })?.catch(() => undefined);
      await (await deps.cache()).recordUse(orgId, now());
      return { tabId, restored };
    },

    async getPendingSwitch(context: HandlerContext): Promise<PendingSwitchView | null> {
      if (context.kind !== 'content-script') return null;
      await Promise.allSettled([...opening]);
      const pending = await deps.pending.get(context.tabId);
      if (!pending) return null;
      const isLoginOrigin = pending.loginOrigin === context.origin;
      if (!isLoginOrigin && pending.appOrigin !== context.origin) return null;
      return {
        orgId: pending.orgId,
        orgName: pending.orgName,
        // The alias goes to the org's login origin only; the app's origin just reports arrival.
        loginEmail: isLoginOrigin ? pending.loginEmail : '',
        loginUrl: pending.loginUrl,
        shouldFill: isLoginOrigin && pending.filledAt === null,
        isLoginOrigin,
      };
    },

    async reportSwitch(
      outcome: 'filled' | 'landed' | 'failed',
      reason: 'no-form' | 'login-returned' | undefined,
      context: HandlerContext,
    ): Promise<null> {
      if (context.kind !== 'content-script') return null;
      const pending = await deps.pending.get(context.tabId);
      if (!pending || ![pending.loginOrigin, pending.appOrigin].includes(context.origin)) return null;
      if (outcome === 'filled') await deps.pending.markFilled(context.tabId);
      if (outcome === 'landed') {
        const cookies = await deps.cookies.read(`${pending.appOrigin}/`);
        const fingerprint = await sessionFingerprint(cookies);
        await deps.store.set(ACTIVE_KEY, { orgId: pending.orgId, fingerprint } satisfies ActiveSession);
        await deps.pending.remove(context.tabId);
        await deps.history?.settled(pending.orgId, 'landed');
      }
      if (outcome === 'failed') {
        await deps.history?.settled(pending.orgId, 'failed');
        await deps.pending.remove(context.tabId);
        await deps.store.set(SWITCH_ERROR_KEY, switchFailure(pending.loginEmail, reason));
      }
      return null;
    },

    /** A person chose an org in the inline chooser on a login page: that page may get its alias. */
    async chooseOrg(orgId: string, context: HandlerContext): Promise<{ loginEmail: string }> {
      if (context.kind !== 'content-script') throw new SwitchError('forbidden', 'Only a login page may ask.');
      const org = await findOrg(orgId);
      if (originOf(org.loginUrl) !== context.origin) {
        throw new SwitchError('wrong-origin', 'This page is not the login page of that org.');
      }
      const left = await saveSessionOnLeaving(org);
      await deps.history?.started(await nameOf(left?.orgId), org, 'inline-chooser');
      await deps.store.remove(ACTIVE_KEY);
      await recordPending(context.tabId, org);
      await deps.pending.markFilled(context.tabId);
      await (await deps.cache()).recordUse(orgId, now());
      return { loginEmail: org.loginEmail };
    },

    /** The org the browser's Outreach session belongs to, if a switch put it there. */
    activeOrgId: async () => (await deps.store.get<ActiveSession>(ACTIVE_KEY))?.orgId ?? null,

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

function switchFailure(loginEmail: string, reason: 'no-form' | 'login-returned' | undefined): UiError {
  const message =
    reason === 'login-returned'
      ? `Signing in as ${loginEmail} did not go through: the login page came back. Sign in by hand on that page.`
      : `The login page did not show its sign-in form within 10 seconds, so ${loginEmail} was not filled in.`;
  return { kind: 'switch-failed', message };
}

export type SwitchService = ReturnType<typeof createSwitchService>;
