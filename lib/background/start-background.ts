import { browser } from 'wxt/browser';
import { createAuthSession } from '../auth/auth-session';
import { createPageSignIn } from '../auth/outreach-page-sign-in';
import type { AuthSession } from '../auth/auth-session';
import { createActiveConnection } from '../connection/active-connection';
import { SCOPE } from '../auth/oidc';
import { buildProfile } from '../connection/build-profile';
import { loginOriginsOf } from '../connection/profiles';
import { openCacheOrMemory, openExtras } from '../db';
import type { Extras, InstanceCache } from '../db';
import { createHistoryRecorder } from '../history/recorder';
import { createInstanceService } from '../instances/instance-service';
import { createReceiver } from '../messaging/receiver';
import { loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import {
  loadEffectiveSettings,
  loadManagedSettings,
  onManagedChanged,
  withManaged,
} from '../storage/managed-settings';
import { clearDiscoveryCache } from '../auth/oidc';
import { browserSessionStore } from '../storage/session-store';
import { clearSessionCookies, readSessionCookies, restoreSessionCookies } from '../switch/cookie-jar';
import { haltForTests } from '../switch/halt-for-tests';
import { createPendingSwitches } from '../switch/pending-switches';
import { PAGE_REPORT_KEY, SWITCH_ERROR_KEY, createSwitchService } from '../switch/switch-service';
import type { SwitchService } from '../switch/switch-service';
import type { ChooserCommand, UiError } from '../messaging/protocol';
import { activeTab, isOutreachUrl, switchTabs } from '../switch/switch-tabs';
import { containerSwitchFor } from '../switch/switch-tabs';
import type { StoreTab } from '../switch/container-switch';
import { cancellableFlow } from './cancellable-flow';
import { createChooserBackend } from './chooser-backend';
import { createOldTabNotifier } from '../switch/notify-old-tabs';
import { createContainerSessions } from '../switch/container-sessions';
import { closeAuthWindow, untilSignInEnded } from './auth-window';
import { createHandlers } from './handlers';
import { openLastOrg } from './open-last-org';
import { openForCommand } from './open-pinned';
import { createProductionGate } from './production-gate';
import { keptPageOfTab } from '../switch/kept-page';
import { openGateWindow } from '../tabs/open-gate-window';
import { setTabBadge } from './badge';
import { orgMarkerFor } from '../org-marker/org-marker-service';
import { openExtensionPage } from '../tabs/open-extension-page';

const REFRESH_ALARM = 'refresh-instances';
const REFRESH_PERIOD_MINUTES = 30;
// Wakes a worker stopped mid-switch; its start finishes the switch (lib/switch/resume-switch.ts).
const RESUME_ALARM = 'resume-switch';
const isSandboxBuild = import.meta.env.MODE === 'sandbox' || import.meta.env.MODE === 'outreach-sandbox';

/**
 * Wires the background: every listener is registered synchronously (an event that woke the worker
 * must find its listener), and handlers then await what they need.
 */
export function startBackground(): void {
  const connection = createActiveConnection(buildProfile(), () => loadEffectiveSettings());
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
      ...(await loginHint()),
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
  const siteOf = async () => {
    const profile = await connection.get();
    return { loginOrigins: loginOriginsOf(profile), appHosts: profile.appHosts ?? [] };
  };
  // The current Outreach tab's page, for the popup's Next (issue 14, "open this page in another org").
  const keptPage = async () => {
    const [tab, { group }, site] = await Promise.all([activeTab(), (await cache()).readGroup(), siteOf()]);
    return keptPageOfTab(tab?.url, group, site.appHosts);
  };
  const containers = containerSwitchFor(
    connection.latest,
    async () => (await loadSettings()).containerPerOrg,
  );
  const switches = createSwitchService({
    cache,
    store,
    pending,
    cookies: { read: readSessionCookies, clear: clearSessionCookies, restore: restoreSessionCookies },
    tabs: switchTabs(connection.latest),
    history: createHistoryRecorder(extras),
    place: containers.place,
    storeOf: containers.storeOf,
    site: siteOf,
    keptPage,
    onSwitched: oldTabs.notify,
    wakeLater: () => browser.alarms.create(RESUME_ALARM, { delayInMinutes: 0.5 }),
    afterStep: isSandboxBuild ? haltForTests(store) : undefined,
  });
  void switches.resumeInterrupted();
  const tabs = switchTabs(connection.latest);
  const pageSignIn = createPageSignIn({
    store,
    cache,
    profile: connection.get,
    openTab: (url) => tabs.open(url),
    clearSession: clearSessionCookies,
  });
  const instances = createInstanceService({
    auth,
    store,
    profile: connection.get,
    cache,
    settings: { load: () => loadEffectiveSettings(), save: (patch) => saveSettings(patch) },
    switchError: async () => (await store.get<UiError>(SWITCH_ERROR_KEY)) ?? null,
    pageSignIn,
    pageReport: async () => (await store.get<string>(PAGE_REPORT_KEY)) ?? null,
    // The org the browser's Outreach session is in ("You are here"), whichever tab is active; in
    // Firefox with containers, the session of the active tab's container.
    currentOrgId: async () => {
      const tab = await activeTab();
      return switches.activeOrgId((tab as { cookieStoreId?: string } | undefined)?.cookieStoreId);
    },
  });
  // Shortcuts ask before opening a production org, in a small extension window (issue 14).
  const gate = createProductionGate({
    store,
    cache,
    isOn: async () => (await loadSettings()).askBeforeProduction,
    // The tab's own switch counts too: a key pressed before the landing report asks nothing.
    currentOrgId: async () => {
      const tab = (await activeTab()) as { id?: number; cookieStoreId?: string } | undefined;
      return switches.tabOrgId(tab?.id, tab?.cookieStoreId);
    },
    reusableTab: (where) => tabs.reusable(where),
    open: (orgId, where, tabId) => switches.openInstance(orgId, where, { tabId }),
    openWindow: openGateWindow,
    closeWindow: (windowId) => browser.windows.remove(windowId),
  });
  const runCommand = async (command: string) => {
    if (command === 'open-last-org') await openLastOrg({ cache, switches: gate });
    else await openForCommand(command, { cache, extras, switches: gate });
  };
  // Sandbox builds let headless tests run a command's own code path (real keys need a display).
  if (isSandboxBuild) (globalThis as { cisRunCommand?: typeof runCommand }).cisRunCommand = runCommand;
  const cancelSignIn = async () => {
    await webAuthFlow.cancel();
    await untilSignInEnded(auth);
  };
  const chooser = createChooserBackend({
    store,
    switches,
    command: (tabId, command) =>
      browser.tabs
        .sendMessage(tabId, { type: 'chooserCommand', ...command } satisfies ChooserCommand, { frameId: 0 })
        .then((answer) => answer === true)
        .catch(() => false),
    tabOrigin: async (tabId) => {
      const { url } = await browser.tabs.get(tabId);
      return url ? new URL(url).origin : null;
    },
  });
  const receive = createReceiver(
    createHandlers({
      instances,
      switches,
      cache,
      pageSignIn,
      cancelSignIn,
      extras,
      oldTabs,
      chooser,
      gate,
      asksBeforeProduction: async () => (await loadSettings()).askBeforeProduction,
      keptPage,
      containerSessions: createContainerSessions({
        ownStores: containers.ownStoresOf,
        cookies: { read: readSessionCookies, clear: clearSessionCookies },
        tabs: async () => (await browser.tabs.query({})) as StoreTab[],
        isOutreachUrl: (url) => isOutreachUrl(url, connection.latest()),
        store,
      }),
      outreachTabs: async () =>
        (await browser.tabs.query({})).filter((tab) => isOutreachUrl(tab.url, connection.latest())).length,
      orgMarker: (context) =>
        orgMarkerFor(
          {
            cache,
            activeOrgId: async (tabId) => switches.activeOrgId(await containers.storeOf(tabId)),
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
  // First run: a welcome page says what the extension does and asks for the root email once.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openExtensionPage('welcome.html').catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void instances.refresh();
    if (alarm.name === RESUME_ALARM) void switches.resumeInterrupted();
  });
  browser.commands.onCommand.addListener((command) => void runCommand(command).catch(() => undefined));
  browser.windows.onRemoved.addListener((windowId) => void gate.windowClosed(windowId));
  browser.tabs.onRemoved.addListener((tabId) => {
    void pending.remove(tabId);
    void oldTabs.forget(tabId);
    void chooser.forgetTab(tabId);
  });
  const applySettings = async () => {
    const settings = withManaged(await loadSettings(), await loadManagedSettings());
    // Tokens, lists and sessions of one identity provider are never used with another.
    if (connection.update(settings)) await forgetAccount({ auth, cache, switches, pageSignIn });
  };
  onSettingsChanged(() => void applySettings());
  onManagedChanged(() => void applySettings().then(() => applyManagedList(instances)));
  void applyManagedList(instances);
  void connection.get();
  void ensureRefreshAlarm();
}

async function forgetAccount(deps: {
  auth: AuthSession;
  cache: () => Promise<InstanceCache>;
  switches: SwitchService;
  pageSignIn?: { forget(): Promise<void> };
}) {
  clearDiscoveryCache();
  await deps.auth.forget();
  await deps.switches.forgetSessions();
  await deps.pageSignIn?.forget();
  await (await deps.cache()).clear();
}

/** A manual list preset by policy replaces the manual list (the manual source checks it as any other). */
async function applyManagedList(instances: { setManualInstances: (list: unknown) => Promise<unknown> }) {
  const { manualList } = await loadManagedSettings();
  if (manualList) await instances.setManualInstances(manualList);
}

/** The root email saved on the welcome page, as the sign-in's `login_hint`. */
async function loginHint(): Promise<{ loginHint?: string }> {
  const { rootEmailHint } = await loadSettings();
  return rootEmailHint ? { loginHint: rootEmailHint } : {};
}

/** Alarms can be lost on browser updates; re-create the refresh alarm at every start. */
async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
}
