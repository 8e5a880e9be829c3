import type { Instance } from '../directory/schema';
import { storeKey } from './container-switch';
import { isJarUsable } from './cookie-jar';
import type { Cookie, CookieJar } from './cookie-jar';
import { sessionFingerprint } from './session-fingerprint';
import type { SwitchDeps } from './switch-deps';

/** The org a switch landed in, with a hash of the session cookies it landed with. */
export interface ActiveSession {
  orgId: string;
  fingerprint: string;
}

// Per cookie store (lib/switch/container-switch.ts): the default store keeps these plain keys.
export const activeKey = (storeId?: string) => storeKey('switch.active', storeId);
const jarKey = (orgId: string, storeId?: string) => storeKey(`switch.jar.${orgId}`, storeId);

type JarDeps = Pick<SwitchDeps, 'store' | 'cookies'> & { now: () => number };

/**
 * Saved sessions per org (the jar restore of an instant switch): which org the browser's session
 * belongs to, saving it when leaving, and swapping in the target's saved jar.
 */
export function createSessionSwap(deps: JarDeps) {
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
  async function saveOnLeaving(target: Instance, storeId?: string): Promise<ActiveSession | null> {
    const { active, cookies } = await currentSession(target.appUrl, storeId);
    if (active && active.orgId !== target.orgId) {
      await deps.store.set(jarKey(active.orgId, storeId), {
        savedAt: deps.now(),
        cookies,
      } satisfies CookieJar);
    }
    return active;
  }

  return {
    saveOnLeaving,

    /** The one-session switch in a cookie store: save the org being left, restore the target's jar. */
    async swap(
      org: Instance,
      storeId: string | undefined,
      step: (name: 'left' | 'cleared') => Promise<void> = async () => undefined,
    ): Promise<boolean> {
      const active = await saveOnLeaving(org, storeId);
      if (active?.orgId === org.orgId) return true;
      await step('left');
      const jar = await deps.store.get<CookieJar>(jarKey(org.orgId, storeId));
      await deps.cookies.clear(org.appUrl, storeId);
      await deps.store.remove(activeKey(storeId));
      await step('cleared');
      const isUsable = isJarUsable(jar, deps.now());
      if (isUsable) await deps.cookies.restore(jar!, org.appUrl, storeId);
      return isUsable;
    },

    /** Marks the store's session as `orgId`'s, fingerprinted by the cookies it landed with. */
    async markLanded(orgId: string, origin: string, storeId: string | undefined): Promise<void> {
      const cookies = await deps.cookies.read(`${origin}/`, storeId);
      const active: ActiveSession = { orgId, fingerprint: await sessionFingerprint(cookies) };
      await deps.store.set(activeKey(storeId), active);
    },

    /**
     * When each org's session was saved, for orgs whose saved session can still be restored (the
     * popup's session status). Only times leave the background, never the cookies.
     */
    async savedSessions(orgIds: readonly string[]): Promise<Record<string, number>> {
      const jars = await Promise.all(orgIds.map((orgId) => deps.store.get<CookieJar>(jarKey(orgId))));
      const saved: Record<string, number> = {};
      orgIds.forEach((orgId, index) => {
        const jar = jars[index];
        if (isJarUsable(jar, deps.now())) saved[orgId] = jar.savedAt;
      });
      return saved;
    },

    /** "Forget this org's session": its saved jar goes; the next switch to it signs in with the alias. */
    forgetSession: (orgId: string) => deps.store.remove(jarKey(orgId)),

    /** The org a cookie store's Outreach session belongs to, if a switch put it there. */
    activeOrgId: async (storeId?: string) =>
      (await deps.store.get<ActiveSession>(activeKey(storeId)))?.orgId ?? null,
  };
}

export type SessionSwap = ReturnType<typeof createSessionSwap>;
