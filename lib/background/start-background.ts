import { browser } from 'wxt/browser';
import { createAuthSession } from '../auth/auth-session';
import { SCOPE } from '../auth/oidc';
import { buildProfile } from '../connection/build-profile';
import { hostMatches } from '../connection/instance-url';
import { openCacheOrMemory } from '../db';
import type { InstanceCache } from '../db';
import { createInstanceService } from '../instances/instance-service';
import { createReceiver } from '../messaging/receiver';
import { createHandlers } from './handlers';
import { loadSettings, saveSettings } from '../storage/settings';
import { browserSessionStore } from '../storage/session-store';

const REFRESH_ALARM = 'refresh-instances';
const REFRESH_PERIOD_MINUTES = 30;

/**
 * Wires the background: every listener is registered synchronously (an event that woke the worker
 * must find its listener), and handlers then await what they need.
 */
export function startBackground(): void {
  const profile = buildProfile();
  const store = browserSessionStore();
  let cache: Promise<InstanceCache> | null = null;
  const auth = createAuthSession({
    store,
    config: async () => ({
      issuer: profile.issuer,
      clientId: profile.clientId,
      redirectUri: browser.identity.getRedirectURL(),
      scope: SCOPE,
    }),
    launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
  });
  const instances = createInstanceService({
    auth,
    store,
    profile,
    cache: () => (cache ??= openCacheOrMemory()),
    settings: { load: () => loadSettings(), save: (patch) => saveSettings(patch) },
  });
  const receive = createReceiver(createHandlers({ instances }), {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    isContentOrigin: (origin) => {
      const { protocol, hostname } = new URL(origin);
      const isSecure = protocol === 'https:' || (protocol === 'http:' && hostname.endsWith('.localhost'));
      return isSecure && profile.allowedHosts.some((pattern) => hostMatches(hostname, pattern));
    },
  });

  browser.runtime.onMessage.addListener((message, sender) => receive(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void instances.refresh();
  });
  void ensureRefreshAlarm();
}

/** Alarms can be lost on browser updates; re-create the refresh alarm at every start. */
async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
}
