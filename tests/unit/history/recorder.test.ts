import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import { createMemoryExtras } from '../../../lib/db/extras';
import { createHistoryRecorder } from '../../../lib/history/recorder';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';
import type { Cookie, CookieJar } from '../../../lib/switch/cookie-jar';
import { createPendingSwitches } from '../../../lib/switch/pending-switches';
import { createSwitchService } from '../../../lib/switch/switch-service';
import { APP, group } from '../switch/fixtures';

const page: HandlerContext = { kind: 'content-script', tabId: 5, origin: APP };

function setup() {
  let cookies: Cookie[] = [];
  let value = 0;
  const store = memorySessionStore();
  const extras = createMemoryExtras();
  const service = createSwitchService({
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    store,
    pending: createPendingSwitches(store),
    cookies: {
      read: async () => cookies,
      clear: async () => void (cookies = []),
      restore: async (jar: CookieJar) => void (cookies = jar.cookies),
    },
    tabs: { reusable: async () => 5, navigate: async () => undefined, open: async () => 5 },
    history: createHistoryRecorder(
      async () => extras,
      () => 42,
    ),
  });
  /** The login page signs the alias in, then the app page reports the landing. */
  const land = async () => {
    cookies = [{ name: 's', value: `v${++value}`, domain: 'app.outreach.localhost', path: '/' } as Cookie];
    await service.reportSwitch('landed', undefined, page);
  };
  return { service, extras, land };
}

describe('the switch history', () => {
  it('records from, to, how and the outcome of each switch', async () => {
    const t = setup();
    await t.service.openInstance('prod', 'current');
    await t.land();
    await t.service.openInstance('stg', 'current');
    await t.land();
    await t.service.openInstance('prod', 'current');
    await t.land();
    await t.service.openInstance('stg', 'current');
    await t.service.reportSwitch('failed', 'login-returned', page);
    const rows = (await t.extras.readHistory()).map(({ fromName, toName, how, outcome }) => [
      fromName,
      toName,
      how,
      outcome,
    ]);
    expect(rows).toEqual([
      ['Acme Production', 'Acme Staging', 'restored', 'failed'],
      ['Acme Staging', 'Acme Production', 'restored', 'landed'],
      ['Acme Production', 'Acme Staging', 'alias-login', 'landed'],
      [null, 'Acme Production', 'alias-login', 'landed'],
    ]);
  });

  it('records a choice in the inline chooser, and holds no login or cookie', async () => {
    const t = setup();
    await t.service.chooseOrg('stg', page.tabId, page.origin);
    const [row] = await t.extras.readHistory();
    expect(row).toEqual({
      id: 1,
      at: 42,
      fromOrgId: null,
      fromName: null,
      toOrgId: 'stg',
      toName: 'Acme Staging',
      how: 'inline-chooser',
      outcome: 'pending',
    });
    expect(JSON.stringify(row)).not.toContain('@');
  });

  it('never breaks a switch when the history cannot be written', async () => {
    const recorder = createHistoryRecorder(async () => ({
      appendHistory: () => Promise.reject(new Error('full')),
      settleHistory: () => Promise.reject(new Error('full')),
    }));
    await expect(recorder.started(null, { orgId: 'a', name: 'A' }, 'restored')).resolves.toBeUndefined();
    await expect(recorder.settled('a', 'landed')).resolves.toBeUndefined();
  });
});
