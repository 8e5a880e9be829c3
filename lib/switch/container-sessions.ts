import type { Instance } from '../directory/schema';
import type { SessionStore } from '../storage/session-store';
import type { StoreTab } from './container-switch';
import { activeKey } from './session-swap';
import type { SwitchDeps } from './switch-deps';

export interface ContainerSessionDeps {
  /** Each org's own container (one container per org, and it exists), else `null`. */
  ownStores(orgs: readonly Instance[]): Promise<(string | null)[]>;
  cookies: Pick<SwitchDeps['cookies'], 'read' | 'clear'>;
  /** Every open tab, with its cookie store. */
  tabs(): Promise<StoreTab[]>;
  isOutreachUrl(url: string | undefined): boolean;
  store: SessionStore;
}

/**
 * Sessions that live in an org's own container (Firefox, one container per org): there nothing is
 * saved as a jar, the container's own cookies are the org's session. The popup's status and its
 * "Forget this org's session" read and clear them per cookie store.
 */
export function createContainerSessions(deps: ContainerSessionDeps) {
  const ownStores = async (orgs: readonly Instance[]) => {
    const storeIds = await deps.ownStores(orgs).catch(() => orgs.map(() => null));
    return orgs.map((org, at) => ({ org, storeId: storeIds[at] ?? null }));
  };

  return {
    /** The orgs signed in to Outreach in their own container, with how many Outreach tabs it has. */
    async signedIn(orgs: readonly Instance[]): Promise<Record<string, number>> {
      const stores = (await ownStores(orgs)).filter(({ storeId }) => storeId !== null);
      if (stores.length === 0) return {};
      const tabs = (await deps.tabs()).filter((tab) => deps.isOutreachUrl(tab.url));
      const signedIn: Record<string, number> = {};
      for (const { org, storeId } of stores) {
        if ((await deps.cookies.read(org.appUrl, storeId!)).length === 0) continue;
        signedIn[org.orgId] = tabs.filter((tab) => tab.cookieStoreId === storeId).length;
      }
      return signedIn;
    },

    /** Signs the org's own container out of Outreach (its session cookies go), if it has one. */
    async forget(org: Instance): Promise<void> {
      const storeId = (await ownStores([org]))[0]?.storeId ?? null;
      if (storeId === null) return;
      await deps.cookies.clear(org.appUrl, storeId);
      await deps.store.remove(activeKey(storeId));
    },
  };
}

export type ContainerSessions = ReturnType<typeof createContainerSessions>;
