import { browser } from 'wxt/browser';
import { createAuthSession } from '../auth/auth-session';
import type { AuthSession } from '../auth/auth-session';
import { createActiveConnection } from '../connection/active-connection';
import { SCOPE } from '../auth/oidc';
import { buildProfile } from '../connection/build-profile';
import { openCacheOrMemory, openExtras } from '../db';
import type { Extras, InstanceCache } from '../db';
import { createHistoryRecorder } from '../history/recorder';
import { createInstanceService } from '../instances/instance-service';
import { createReceiver } from '../messaging/receiver';
import { loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import { browserSessionStore } from '../storage/session-store';
import { clearSessionCookies, readSessionCookies, restoreSessionCookies } from '../switch/cookie-jar';
import { createPendingSwitches } from '../switch/pending-switches';
import { SWITCH_ERROR_KEY, createSwitchService } from '../switch/switch-service';
import type { SwitchService } from '../switch/switch-service';
import type { UiError } from '../messaging/protocol';
import { isOutreachUrl, switchTabs } from '../switch/switch-tabs';
import { cancellableFlow } from './cancellable-flow';
import { createOldTabNotifier } from '../switch/notify-old-tabs';
import { closeAuthWindow, untilSignInEnded } from './auth-window';
import { createHandlers } from './handlers';
import { openLastOrg } from './open-last-org';
import { openForCommand } from './open-pinned';
import { setTabBadge } from './badge';
import { orgMarkerFor } from '../org-marker/org-marker-service';

const REFRESH_ALARM = 'refresh-instances';
const REFRESH_PERIOD_MINUTES = 30;

/**
 * Wires the background: every listener is registered synchronously (an event that woke the worker
 * must find its listener), and handlers then await what they need.
 */
export function startBackground(): void {
  const connection = createActiveConnection(buildProfile(), () => loadSettings());
  const store = browserSessionStore();
  let cacheOpening: Promise<InstanceCache> | null = null;
  const cache = () => (cacheOpening ??= openCacheOrMemory());
  const pending = createPendingSwitches(store);
  let extrasOpening: Promise<Extras> | null = null;
  const extras = () => (extrasOpening ??= openExtras());
  // The popup's Cancel abandons a running sign-in (lib/background/cancellable-flow.ts).
  const webAuthFlow = cancellableFlow(
    (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
    closeAuthWindow,
  );
  const auth = createAuthSession({
    store,
    config: async () => ({
      ...(({ issuer, clientId }) => ({ issuer, clientId }))(await connection.get()),
      redirectUri: browser.identity.getRedirectURL(),
      scope: SCOPE,
    }),
    launchWebAuthFlow: (url) => webAuthFlow.run(url),
  });
  const oldTabs = createOldTabNotifier({
    cache,
    store,
    tabs: () => browser.tabs.query({}),
    send: (tabId, notice) => browser.tabs.sendMessage(tabId, notice, { frameId: 0 }),
  });
  const switches = createSwitchService({
    cache,
    store,
    pending,
    cookies: { read: readSessionCookies, clear: clearSessionCookies, restore: restoreSessionCookies },
    tabs: switchTabs(connection.latest),
    history: createHistoryRecorder(extras),
    onSwitched: oldTabs.notify,
  });
  const instances = createInstanceService({
    auth,
    store,
    profile: connection.get,
    cache,
    settings: { load: () => loadSettings(), save: (patch) => saveSettings(patch) },
    switchError: async () => (await store.get<UiError>(SWITCH_ERROR_KEY)) ?? null,
    // The org the browser's one Outreach session is in ("You are here"), whichever tab is active.
    currentOrgId: () => switches.activeOrgId(),
  });
  const cancelSignIn = async () => {
    await webAuthFlow.cancel();
    await untilSignInEnded(auth);
  };
  const receive = createReceiver(
    createHandlers({
      instances,
      switches,
      cache,
      cancelSignIn,
      extras,
      oldTabs,
      outreachTabs: async () =>
        (await browser.tabs.query({})).filter((tab) => isOutreachUrl(tab.url, connection.latest())).length,
      orgMarker: (context) =>
        orgMarkerFor(
          {
            cache,
            activeOrgId: () => switches.activeOrgId(),
            settings: () => loadSettings(),
            setBadge: setTabBadge,
          },
          context,
        ),
    }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
      isContentOrigin: (origin) => isOutreachUrl(`${origin}/`, connection.latest()),
    },
  );

  browser.runtime.onMessage.addListener((message, sender) => receive(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void instances.refresh();
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-last-org') void openLastOrg({ cache, switches });
    else void openForCommand(command, { cache, extras, switches }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void pending.remove(tabId);
    void oldTabs.forget(tabId);
  });
  onSettingsChanged((settings) => {
    // Tokens, lists and sessions of one identity provider are never used with another.
    if (connection.update(settings)) void forgetAccount({ auth, cache, switches });
  });
  void connection.get();
  void ensureRefreshAlarm();
}

async function forgetAccount(deps: {
  auth: AuthSession;
  cache: () => Promise<InstanceCache>;
  switches: SwitchService;
}) {
  await deps.auth.forget();
  await deps.switches.forgetSessions();
  await (await deps.cache()).clear();
}

/** Alarms can be lost on browser updates; re-create the refresh alarm at every start. */
async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
}
