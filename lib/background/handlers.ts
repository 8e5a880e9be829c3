import type { PageSignIn } from '../auth/outreach-page-sign-in';
import type { Extras, InstanceCache } from '../db';
import type { InstanceService } from '../instances/instance-service';
import type { HandlerContext, Handlers } from '../messaging/receiver';
import type { OrgMarkerView } from '../org-marker/marker';
import { inspectLogin } from '../switch/inspect-login';
import type { SwitchService } from '../switch/switch-service';
import type { OldTabNotifier } from '../switch/notify-old-tabs';
import { SwitchError } from '../switch/switch-service';
import type { ChooserBackend } from './chooser-backend';
import { createFirstPaint } from './first-paint';
import type { ProductionGate } from './production-gate';
import type { ContainerSessions } from '../switch/container-sessions';

export interface HandlerDeps {
  instances: InstanceService;
  switches: SwitchService;
  cache: () => Promise<InstanceCache>;
  pageSignIn: PageSignIn;
  /** Abandons a running sign-in (the popup's Cancel); resolves once it has ended. */
  cancelSignIn?: () => Promise<void>;
  /** Which org a page is, for its marker, favicon and badge (issue 14). */
  orgMarker?: (context: HandlerContext) => Promise<OrgMarkerView | null>;
  /** How many Outreach tabs are open (the popup's session status). */
  outreachTabs?: () => Promise<number>;
  /** Pins and switch history (issue 14). */
  extras?: () => Promise<Extras>;
  /** The tabs told that the browser left their org (their Switch back). */
  oldTabs?: Pick<OldTabNotifier, 'mayReturn'>;
  /** The inline chooser's background half (lib/background/chooser-backend.ts). */
  chooser: ChooserBackend;
  /** The production gate's window (lib/background/production-gate.ts). */
  gate?: Pick<ProductionGate, 'question' | 'answer'>;
  /** The `askBeforeProduction` setting, for the chooser's `askFirst`. */
  asksBeforeProduction?: () => Promise<boolean>;
  /** The page the popup's Next keeps (lib/switch/kept-page.ts). */
  keptPage?: () => Promise<string | null>;
  /** Sessions in the orgs' own containers (Firefox, lib/switch/container-sessions.ts). */
  containerSessions?: ContainerSessions;
}

/** The background's request handlers: plain async functions, one per protocol request. */
export function createHandlers({
  instances,
  switches,
  cache,
  pageSignIn,
  cancelSignIn,
  extras,
  oldTabs,
  chooser,
  orgMarker,
  outreachTabs,
  gate,
  asksBeforeProduction,
  keptPage,
  containerSessions,
}: HandlerDeps): Handlers {
  const sessionFacts = async () => {
    const { group } = await (await cache()).readGroup();
    const orgs = group?.instances ?? [];
    const [activeOrgId, saved, tabs, containers] = await Promise.all([
      switches.activeOrgId(),
      switches.savedSessions(orgs.map((org) => org.orgId)),
      outreachTabs?.() ?? 0,
      containerSessions?.signedIn(orgs) ?? {},
    ]);
    return { activeOrgId, saved, outreachTabs: tabs, containers };
  };
  const withExtras = async () => {
    if (!extras) throw new Error('Pins and history are not available here.');
    return extras();
  };
  const firstPaint = createFirstPaint({
    pins: async () => (await (await withExtras()).readPins()).map((pin) => pin.orgId),
    sessionFacts,
  });
  return {
    getState: () => instances.getState(),
    getPopupState: ({ readsRows, paints }) =>
      instances.getPopupState(readsRows === true, paints === true ? firstPaint : undefined),
    signIn: () => instances.signIn(),
    signOut: async () => {
      await switches.forgetSessions();
      await pageSignIn.forget();
      return instances.signOut();
    },
    cancelSignIn: async () => {
      await cancelSignIn?.();
      return instances.getState();
    },
    listInstances: async () => {
      const { group, usage } = await instances.getState();
      return { group, usage };
    },
    refreshInstances: async () => {
      await instances.refresh();
      return instances.getState();
    },
    setManualInstances: ({ list }) => instances.setManualInstances(list),
    setSource: ({ source }) => instances.setSource(source),
    openInstance: ({ orgId, where, keepPage }) => switches.openInstance(orgId, where, { keepPage }),
    getKeptPage: async () => {
      const path = (await keptPage?.()) ?? null;
      return path === null ? null : { path };
    },
    getGateQuestion: async ({ id }, context) => (gate ? gate.question(id, context) : null),
    answerGate: async ({ id, open }, context) => (gate ? gate.answer(id, open, context) : null),
    getSessionStatus: sessionFacts,
    forgetSession: async ({ orgId }) => {
      await switches.forgetSession(orgId);
      // In Firefox with one container per org, the org's session is its container's own cookies.
      const org = (await (await cache()).readGroup()).group?.instances.find((o) => o.orgId === orgId);
      if (org) await containerSessions?.forget(org);
      return sessionFacts();
    },
    listPins: async () => (await withExtras()).readPins(),
    setPinned: async ({ orgId, pinned }) => (await withExtras()).setPinned(orgId, pinned),
    listHistory: async () => (await withExtras()).readHistory(),
    clearHistory: async () => {
      await (await withExtras()).clearHistory();
      return [];
    },
    getPendingSwitch: (_request, context) => switches.getPendingSwitch(context),
    reportSwitch: ({ outcome, reason, pageReport }, context) =>
      switches.reportSwitch(outcome, reason, context, pageReport),
    inspectLogin: async ({ email }, context) => {
      if (context.kind !== 'content-script') return { kind: 'none' };
      const { group } = await (await cache()).readGroup();
      const askBeforeProduction = (await asksBeforeProduction?.()) ?? false;
      return chooser.recordOffer(
        context,
        inspectLogin(email, group, context.origin, { askBeforeProduction }),
      );
    },
    getChooser: (_request, context) => chooser.getChooser(context),
    chooseOrg: ({ orgId, via, confirmed }, context) => chooser.chooseOrg(orgId, via, context, confirmed),
    chooserPointerDown: (_request, context) => chooser.command(context, 'check'),
    closeChooser: (_request, context) => chooser.command(context, 'close'),
    getOrgMarker: async (_request, context) => (orgMarker ? orgMarker(context) : null),
    getRootSignIn: (_request, context) => pageSignIn.view(context),
    noteRootEmail: ({ email }, context) => pageSignIn.noteRootEmail(email, context),
    offerOrgs: ({ rootEmail, orgs }, context) => pageSignIn.offer(rootEmail, orgs, context),
    // The in-page "Save" (a trusted click in the tab being followed) or the popup's.
    acceptOrgs: async ({ tags }, context) => {
      if (context.kind === 'content-script' && !(await pageSignIn.view(context))) {
        return { ok: false, errors: [], state: await instances.getState() };
      }
      return instances.acceptOffer(tags);
    },
    dismissOrgs: () => instances.dismissOffer(),
    // Only a tab that was told it left `orgId` may switch the browser back to it.
    switchBack: async ({ orgId }, context) => {
      const isAllowed = context.kind === 'content-script' && (await oldTabs?.mayReturn(context.tabId, orgId));
      if (!isAllowed) throw new SwitchError('forbidden', 'This tab may not switch orgs.');
      return switches.openInstance(orgId, 'current');
    },
  };
}
