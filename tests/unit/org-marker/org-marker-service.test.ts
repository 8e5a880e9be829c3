import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import { orgMarkerFor } from '../../../lib/org-marker/org-marker-service';
import { makeGroup } from '../db/fixtures';

function setup(signs = { marker: true, favicon: true, badge: true }) {
  const group = makeGroup('ig', ['org_a', 'org_b']);
  const setBadge = vi.fn(async () => undefined);
  const deps = {
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    activeOrgId: async () => 'org_a',
    settings: async () => ({ orgSigns: signs }),
    setBadge,
  };
  return { deps, setBadge };
}

describe('orgMarkerFor', () => {
  it("marks a page on the active org's app origin and sets that tab's badge", async () => {
    const { deps, setBadge } = setup();
    const view = await orgMarkerFor(deps, {
      kind: 'content-script',
      tabId: 3,
      origin: 'https://org_a.example.com',
    });
    expect(view).toMatchObject({ name: 'Org org_a', colour: '#c62828', tag: 'ORGA' });
    expect(setBadge).toHaveBeenCalledWith(3, view);
  });

  it('says nothing to a page of another origin, and clears its badge', async () => {
    const { deps, setBadge } = setup();
    expect(
      await orgMarkerFor(deps, { kind: 'content-script', tabId: 3, origin: 'https://org_b.example.com' }),
    ).toBeNull();
    expect(setBadge).toHaveBeenCalledWith(3, null);
  });

  it('leaves the badge off when it is turned off, and passes the other switches on', async () => {
    const { deps, setBadge } = setup({ marker: false, favicon: true, badge: false });
    const view = await orgMarkerFor(deps, {
      kind: 'content-script',
      tabId: 3,
      origin: 'https://org_a.example.com',
    });
    expect(view).toMatchObject({ showMarker: false, showFavicon: true });
    expect(setBadge).toHaveBeenCalledWith(3, null);
  });

  it('answers extension pages with nothing', async () => {
    expect(await orgMarkerFor(setup().deps, { kind: 'extension-page' })).toBeNull();
  });
});
