import { describe, expect, it, vi } from 'vitest';
import {
  ENVIRONMENT_COLORS,
  containerName,
  contextualIdentities,
  createContainers,
  isDefaultStore,
} from '../../../lib/browser/containers';
import type { ContextualIdentitiesApi } from '../../../lib/browser/containers';

/** Firefox's containers: a list, `query` by name, `create` with the next `firefox-container-N`. */
function fakeIdentities(initial: { name: string; color: string }[] = []) {
  const list = initial.map((identity, i) => ({ ...identity, cookieStoreId: `firefox-container-${i + 1}` }));
  const api = {
    list,
    query: vi.fn(async ({ name }: { name?: string }) =>
      list.filter((c) => name === undefined || c.name === name),
    ),
    create: vi.fn(async ({ name, color }: { name: string; color: string }) => {
      const created = { name, color, cookieStoreId: `firefox-container-${list.length + 1}` };
      list.push(created);
      return created;
    }),
  };
  return api;
}

describe('containerName', () => {
  it.each([
    [{ name: 'Acme Production', environment: 'production' as const }, 'Acme Production'],
    [{ name: 'Acme A4 Test', environment: 'test' as const }, 'Acme A4 Test'],
    [{ name: 'Acme EU', environment: 'production' as const }, 'Acme EU (production)'],
    [{ name: 'Globex', environment: 'sandbox' as const }, 'Globex (sandbox)'],
  ])('names %o %s', (org, name) => expect(containerName(org)).toBe(name));
});

describe('ENVIRONMENT_COLORS', () => {
  it('paints production red and gives every environment its own colour', () => {
    expect(ENVIRONMENT_COLORS.production).toBe('red');
    const colours = Object.values(ENVIRONMENT_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('isDefaultStore', () => {
  it.each([
    [undefined, true],
    ['firefox-default', true],
    ['0', true],
    ['firefox-container-3', false],
    ['firefox-private', false],
  ])('%s → %s', (storeId, expected) => expect(isDefaultStore(storeId)).toBe(expected));
});

describe('contextualIdentities', () => {
  it('is the API where the browser has one, and undefined in Chrome', () => {
    const api = fakeIdentities();
    expect(contextualIdentities({ contextualIdentities: api })).toBe(api);
    expect(contextualIdentities({ tabs: {} })).toBeUndefined();
    expect(contextualIdentities({ contextualIdentities: {} })).toBeUndefined();
  });
});

describe('createContainers', () => {
  it('is unavailable without the API, or when Firefox has containers switched off', async () => {
    expect(await createContainers(undefined).isAvailable()).toBe(false);
    const off = { query: async () => Promise.reject(new Error('Contextual identities are disabled')) };
    expect(await createContainers(off as unknown as ContextualIdentitiesApi).isAvailable()).toBe(false);
    expect(await createContainers(fakeIdentities()).isAvailable()).toBe(true);
  });

  it("creates an org's container named and coloured after it, then finds it by name", async () => {
    const api = fakeIdentities([{ name: 'Personal', color: 'blue' }]);
    const containers = createContainers(api);
    const prod = { name: 'Acme Production', environment: 'production' as const };
    expect(await containers.forOrg(prod)).toBe('firefox-container-2');
    expect(api.create).toHaveBeenCalledWith({ name: 'Acme Production', color: 'red', icon: 'briefcase' });
    expect(await containers.forOrg(prod)).toBe('firefox-container-2');
    expect(await containers.forOrg({ name: 'Acme Staging', environment: 'staging' })).toBe(
      'firefox-container-3',
    );
    expect(api.list.map((c) => [c.name, c.color])).toEqual([
      ['Personal', 'blue'],
      ['Acme Production', 'red'],
      ['Acme Staging', 'orange'],
    ]);
  });

  it('makes one container for an org when two switches ask at once', async () => {
    const api = fakeIdentities();
    const containers = createContainers(api);
    const org = { name: 'Acme Staging', environment: 'staging' as const };
    const [a, b] = await Promise.all([containers.forOrg(org), containers.forOrg(org)]);
    expect(a).toBe(b);
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it('reuses a container the person already has with that name', async () => {
    const api = fakeIdentities([{ name: 'Acme Production', color: 'purple' }]);
    expect(await createContainers(api).forOrg({ name: 'Acme Production', environment: 'production' })).toBe(
      'firefox-container-1',
    );
    expect(api.create).not.toHaveBeenCalled();
  });

  it('finds the containers orgs already have in one query, creating none', async () => {
    const api = fakeIdentities([
      { name: 'Personal', color: 'blue' },
      { name: 'Acme Production', color: 'red' },
    ]);
    const orgs = Array.from({ length: 500 }, (_, at) => ({
      name: at === 7 ? 'Acme Production' : `Acme ${at}`,
      environment: (at === 7 ? 'production' : 'test') as 'production' | 'test',
    }));
    const found = await createContainers(api).findAll(orgs);
    expect(found.filter((storeId) => storeId !== null)).toEqual(['firefox-container-2']);
    expect(found[7]).toBe('firefox-container-2');
    expect(api.query).toHaveBeenCalledTimes(1);
    expect(api.create).not.toHaveBeenCalled();
  });
});
