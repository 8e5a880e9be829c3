import { isDefaultStore } from '../browser/containers';
import type { Containers, ContainerOrg } from '../browser/containers';
import type { SwitchDeps } from './switch-deps';

/** Where a switch happens: which cookie store, and the tabs that belong to it. */
export interface SwitchPlace {
  /** The cookie store the switch works in; `undefined` is the browser's default (Chrome). */
  storeId: string | undefined;
  /** The org has a container of its own: its session stays there and nothing is swapped. */
  isOrgContainer: boolean;
  tabs: SwitchDeps['tabs'];
}

/** The cookie store a switch already worked in (`storeId` `undefined`: the default store). */
export interface KnownStore {
  storeId: string | undefined;
}

/** A tab as the switch needs it; Firefox adds the tab's `cookieStoreId`. */
export interface StoreTab {
  id?: number;
  url?: string;
  cookieStoreId?: string;
}

export interface ContainerSwitchDeps {
  containers: Pick<Containers, 'isAvailable' | 'forOrg' | 'findAll'>;
  /** The person's choice (`containerPerOrg`); `null` follows the browser (on where containers exist). */
  setting(): Promise<boolean | null>;
  activeTab(): Promise<StoreTab | undefined>;
  getTab(tabId: number): Promise<StoreTab | undefined>;
  isOutreachUrl(url: string | undefined): boolean;
  navigate(tabId: number, url: string): Promise<void>;
  /** Opens a tab on `url` in a cookie store (`undefined`: the default one). */
  open(url: string, storeId: string | undefined): Promise<number>;
}

/** Session keys per cookie store: the default store keeps the plain keys (and what they hold). */
export function storeKey(key: string, storeId: string | undefined): string {
  return isDefaultStore(storeId) ? key : `${key}@${storeId}`;
}

/**
 * Containers for switching (Firefox). With one container per org, an org opens in its own
 * container, so several orgs stay signed in at once; an active tab already in that container is
 * reused for `current`. Without it, a switch works in the cookie store of the tab it starts from:
 * a container tab's switch saves, clears and restores that container's cookies, and its new tab
 * opens in the same container. In the default store this is the one-session switch of Chrome.
 */
export function createContainerSwitch(deps: ContainerSwitchDeps) {
  async function isOrgContainers(): Promise<boolean> {
    // Asked in this order so that browsers without containers never read the setting.
    return (await deps.containers.isAvailable()) && (await deps.setting()) !== false;
  }

  function tabsIn(storeId: string | undefined): SwitchDeps['tabs'] {
    return {
      async reusable(where) {
        const tab = where === 'current' ? await deps.activeTab() : undefined;
        const isSameStore = isDefaultStore(tab?.cookieStoreId)
          ? isDefaultStore(storeId)
          : tab?.cookieStoreId === storeId;
        return tab?.id !== undefined && isSameStore && deps.isOutreachUrl(tab.url) ? tab.id : null;
      },
      navigate: (tabId, url) => deps.navigate(tabId, url),
      open: (url) => deps.open(url, storeId),
    };
  }

  return {
    /**
     * The store and tabs of a switch to `org`: its own container, else the store of the tab it
     * starts from (`known`: the store a resumed switch started in, not the active tab's of now).
     */
    async place(org: ContainerOrg, known?: KnownStore): Promise<SwitchPlace> {
      if (await isOrgContainers()) {
        const storeId = await deps.containers.forOrg(org);
        return { storeId, isOrgContainer: true, tabs: tabsIn(storeId) };
      }
      const storeId = known ? known.storeId : (await deps.activeTab())?.cookieStoreId;
      return { storeId, isOrgContainer: false, tabs: tabsIn(storeId) };
    },

    /**
     * Each org's own container, where one container per org is on and the org has one already
     * (its session lives there); `null` otherwise. Never creates one; the setting and the
     * containers are read once for all the orgs (the popup asks for the whole group).
     */
    async ownStoresOf(orgs: readonly ContainerOrg[]): Promise<(string | null)[]> {
      return (await isOrgContainers()) ? deps.containers.findAll(orgs) : orgs.map(() => null);
    },

    /** The cookie store of a tab (a content script's), `undefined` for the default store. */
    async storeOf(tabId: number): Promise<string | undefined> {
      return (await deps.getTab(tabId).catch(() => undefined))?.cookieStoreId;
    },
  };
}

export type ContainerSwitch = ReturnType<typeof createContainerSwitch>;
