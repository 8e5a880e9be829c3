import { browser } from 'wxt/browser';
import type { Environment } from '../directory/schema';

/** The colours Firefox offers for a container (`contextualIdentities`). */
export type ContainerColor = 'blue' | 'turquoise' | 'green' | 'yellow' | 'orange' | 'red' | 'pink' | 'purple';

/** The part of Firefox's `contextualIdentities` API the extension uses (not in WXT's types). */
export interface ContextualIdentitiesApi {
  query(details: { name?: string }): Promise<{ cookieStoreId: string; name: string; color: string }[]>;
  create(details: { name: string; color: ContainerColor; icon: string }): Promise<{ cookieStoreId: string }>;
}

/** Production stands out in red, as the other orgs' colours step away from it. */
export const ENVIRONMENT_COLORS: Record<Environment, ContainerColor> = {
  production: 'red',
  staging: 'orange',
  test: 'yellow',
  sandbox: 'green',
  development: 'blue',
};

/** Firefox's default store and Chrome's: a tab there is in no container. */
const DEFAULT_STORES = new Set(['firefox-default', '0']);

/** Whether a cookie store id is the browser's default one (or none was given, as in Chrome). */
export function isDefaultStore(storeId: string | undefined): boolean {
  return storeId === undefined || DEFAULT_STORES.has(storeId);
}

/** The org a container is for, as the container's name shows it. */
export interface ContainerOrg {
  name: string;
  environment: Environment;
}

/** The container's name: the org's, with its environment unless the name already says it. */
export function containerName(org: ContainerOrg): string {
  return org.name.toLowerCase().includes(org.environment) ? org.name : `${org.name} (${org.environment})`;
}

/** The browser's containers API, where there is one (Firefox); `undefined` elsewhere. */
export function contextualIdentities(api: unknown = browser as unknown): ContextualIdentitiesApi | undefined {
  const candidate = (api as { contextualIdentities?: Partial<ContextualIdentitiesApi> }).contextualIdentities;
  return typeof candidate?.query === 'function' && typeof candidate.create === 'function'
    ? (candidate as ContextualIdentitiesApi)
    : undefined;
}

/**
 * Containers for orgs (Firefox): one per org, found by its name or created named and coloured after
 * the org and its environment. `isAvailable` is false where the browser has no containers (Chrome)
 * or has them switched off (the API then rejects).
 */
export function createContainers(api: ContextualIdentitiesApi | undefined = contextualIdentities()) {
  // Two switches to one org at once must not make two containers for it.
  const finding = new Map<string, Promise<string>>();
  async function findOrCreate(name: string, color: ContainerColor): Promise<string> {
    const [existing] = await api!.query({ name });
    if (existing) return existing.cookieStoreId;
    return (await api!.create({ name, color, icon: 'briefcase' })).cookieStoreId;
  }
  return {
    async isAvailable(): Promise<boolean> {
      if (!api) return false;
      try {
        await api.query({});
        return true;
      } catch {
        return false;
      }
    },

    /**
     * The `cookieStoreId` of each org's container where it has one already (none is created): one
     * query for all of them, however many orgs.
     */
    async findAll(orgs: readonly ContainerOrg[]): Promise<(string | null)[]> {
      if (!api) return orgs.map(() => null);
      const byName = new Map((await api.query({}).catch(() => [])).map((c) => [c.name, c.cookieStoreId]));
      return orgs.map((org) => byName.get(containerName(org)) ?? null);
    },

    /** The `cookieStoreId` of the org's container, created on first use. */
    async forOrg(org: ContainerOrg): Promise<string> {
      if (!api) throw new Error('This browser has no containers.');
      const name = containerName(org);
      let found = finding.get(name);
      if (!found) {
        found = findOrCreate(name, ENVIRONMENT_COLORS[org.environment]).finally(() => finding.delete(name));
        finding.set(name, found);
      }
      return found;
    },
  };
}

export type Containers = ReturnType<typeof createContainers>;
