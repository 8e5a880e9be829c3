import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import type { Instance, InstanceGroup } from '../../../lib/directory/schema';
import { memorySessionStore } from '../../../lib/storage/session-store';
import { createOldTabNotifier } from '../../../lib/switch/notify-old-tabs';

const APP = 'http://app.outreach.localhost:8790';
const org = (orgId: string, name: string, tag: string): Instance => ({
  orgId,
  name,
  tag,
  loginEmail: tag ? `jane.doe+${tag}@acme.test` : 'jane.doe@acme.test',
  environment: tag ? 'staging' : 'production',
  isPrimary: !tag,
  appUrl: `${APP}/`,
  loginUrl: `${APP}/login`,
});
const production = org('prod', 'Acme Production', '');
const staging2 = org('stg2', 'Acme Staging 2', 'staging2');
const group: InstanceGroup = {
  instanceGroupId: 'ig_acme_7f3a',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [production, staging2],
  dropped: [],
  fetchedAt: 0,
};

function setup() {
  const send = vi.fn(async () => undefined);
  const notifier = createOldTabNotifier({
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    store: memorySessionStore(),
    tabs: async () => [
      { id: 1, url: `${APP}/home` },
      { id: 2, url: `${APP}/login` },
      { id: 3, url: 'https://example.com/' },
      { id: 4, url: `${APP}/` },
      { id: 5 },
    ],
    send,
  });
  return { notifier, send };
}

describe('createOldTabNotifier', () => {
  it('tells every other tab of the old org what happened, not the switch’s own tab nor other sites', async () => {
    const { notifier, send } = setup();
    expect(await notifier.notify({ fromOrgId: 'stg2', to: production, tabId: 4 })).toEqual([1, 2]);
    const notice = {
      type: 'tabNotice',
      oldOrgId: 'stg2',
      oldName: 'Acme Staging 2',
      newName: 'Acme Production',
    };
    expect(send.mock.calls).toEqual([
      [1, notice],
      [2, notice],
    ]);
  });

  it.each([
    ['nothing was known about the old org', null],
    ['the org did not change', 'prod'],
    ['the old org is not in the list', 'gone'],
  ])('tells nobody when %s', async (_why, fromOrgId) => {
    const { notifier, send } = setup();
    expect(await notifier.notify({ fromOrgId, to: production, tabId: 4 })).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('lets only a told tab switch back, and only to its old org', async () => {
    const { notifier } = setup();
    await notifier.notify({ fromOrgId: 'stg2', to: production, tabId: 4 });
    expect(await notifier.mayReturn(1, 'stg2')).toBe(true);
    expect(await notifier.mayReturn(1, 'prod')).toBe(false);
    expect(await notifier.mayReturn(3, 'stg2')).toBe(false);
    await notifier.forget(1);
    expect(await notifier.mayReturn(1, 'stg2')).toBe(false);
  });
});
