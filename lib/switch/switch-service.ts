import type { PendingSwitchView, SwitchFailure } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import { t } from '../i18n/t';
import { keptPageUrl } from '../site/app-path';
import { afterSwitch } from './after-switch';
import { applyReport, pendingView } from './landing-check';
import type { ReportOutcome } from './landing-check';
import { recordPending } from './record-pending';
import { activeKey, createSessionSwap } from './session-swap';
import type { SwitchDeps } from './switch-deps';
import { SWITCH_ERROR_KEY, SwitchError, findOrg, nameOf, originOf } from './switch-deps';
import { createSwitchIntents } from './switch-intent';
import type { SwitchIntent, SwitchStep } from './switch-intent';
import type { KnownStore } from './container-switch';
import { resumeSwitch } from './resume-switch';
import { createSwitchTabOpener } from './switch-tab';

export { PAGE_REPORT_KEY, SWITCH_ERROR_KEY, SwitchError } from './switch-deps';
export type { SwitchDeps, SwitchSite } from './switch-deps';

/**
 * Switching orgs (the design's `openInstance`): save the session of the org being left, restore the
 * target's saved session for an instant switch, or open its login page with a pending switch that
 * the login content script completes with the `+` alias. The steps live in their own modules:
 * saved sessions (session-swap.ts), the tab and its pending switch (switch-tab.ts,
 * record-pending.ts), the content script's reports (landing-check.ts), history (after-switch.ts).
 */
/**
 * What a switch run again after a worker stop keeps of its first run: the tab it had, when it was
 * asked (one history row), and the cookie store it worked in (not the active tab's of now). A new
 * switch may know its tab too (the production gate's, taken before its window had focus).
 */
interface Resumed {
  tabId: number | null;
  startedAt: number;
  store: KnownStore | undefined;
}

const resumedFrom = (intent: SwitchIntent): Resumed => ({
  tabId: intent.tabId,
  startedAt: intent.startedAt,
  store: intent.storeId === undefined ? undefined : { storeId: intent.storeId ?? undefined },
});

export function createSwitchService(deps: SwitchDeps) {
  const now = deps.now ?? Date.now;
  const sessions = createSessionSwap({ ...deps, now });
  const tabOpener = createSwitchTabOpener(deps);
  const pageDeps = { ...deps, sessions };
  const intents = createSwitchIntents(deps.store, deps.run ?? crypto.randomUUID(), now);
  const step = async (name: SwitchStep, tab?: { tabId: number; url: string }) => {
    await intents.step(name, tab);
    await deps.afterStep?.(name);
  };

  /** Every step after the intent, each noted in it; run again, from the top, to resume. */
  async function runSwitch(
    orgId: string,
    where: 'current' | 'new',
    keptPage: string | null,
    resumed: Resumed,
  ) {
    const org = await findOrg(deps, orgId);
    const place = (await deps.place?.(org, resumed.store)) ?? {
      storeId: undefined,
      isOrgContainer: false,
      tabs: deps.tabs,
    };
    await intents.placed(place.storeId);
    const fromOrgId = await sessions.activeOrgId(place.storeId);
    // An org's own container keeps its session: signed in there already, or signing in there now.
    const restored = place.isOrgContainer
      ? (await deps.cookies.read(org.appUrl, place.storeId)).length > 0
      : await sessions.swap(org, place.storeId, step);
    await step('restored');
    const how = restored ? 'restored' : 'alias-login';
    await deps.history?.started(await nameOf(deps, fromOrgId), org, how, resumed.startedAt);
    await deps.store.remove(SWITCH_ERROR_KEY);
    // A kept page opens at once from a restored session; after an alias login, once the app shows.
    const kept = keptPage
      ? { url: keptPageUrl(org.appUrl, keptPage), startUrl: org.appUrl, stage: 'to-open' as const }
      : null;
    const url = restored ? (kept?.url ?? org.appUrl) : org.loginUrl;
    const tabId = await tabOpener.open(org, where, url, place.tabs, {
      known: resumed.tabId,
      kept,
      onTab: (id) => step('tab', { tabId: id, url }),
      onPending: () => step('pending'),
    });
    await step('navigated');
    await afterSwitch({ ...deps, now }, { fromOrgId, to: org, tabId });
    await step('used');
    await intents.clear();
    return { tabId, restored };
  }

  /**
   * Records the intent first (with the kept page, so a resumed switch still opens it): a worker
   * stopped at any later step finishes it on its next start.
   */
  async function startSwitch(
    orgId: string,
    where: 'current' | 'new',
    keptPage: string | null,
    resumed: Resumed = fresh(null),
  ) {
    await intents.record(orgId, where, keptPage, resumed.startedAt);
    await deps.wakeLater?.().catch(() => undefined);
    await step('intent');
    try {
      return await runSwitch(orgId, where, keptPage, resumed);
    } catch (error) {
      // A failure is answered now; only a stopped worker leaves its intent for the next start.
      await intents.clear();
      throw error;
    }
  }
  const fresh = (tabId: number | null): Resumed => ({ tabId, startedAt: now(), store: undefined });

  const resumeDeps = { ...deps, intents, now, words: deps.words ?? t };
  const resume = () =>
    resumeSwitch({
      ...resumeDeps,
      rerun: (intent) =>
        startSwitch(intent.orgId, intent.where, intent.keptPage ?? null, resumedFrom(intent)),
    });
  // A switch found interrupted at start is finished first; switch requests wait for it.
  let resuming: Promise<void> = Promise.resolve();

  return {
    /**
     * Opens `orgId`. `keepPage` (the popup's Next) opens the current Outreach tab's page there;
     * `tabId` names the tab to use (the production gate's, taken before its window had focus).
     */
    async openInstance(
      orgId: string,
      where: 'current' | 'new',
      options: { keepPage?: boolean; tabId?: number | null } = {},
    ): Promise<{ tabId: number; restored: boolean }> {
      await resuming;
      const keptPage = options.keepPage ? ((await deps.keptPage?.().catch(() => null)) ?? null) : null;
      return startSwitch(orgId, where, keptPage, fresh(options.tabId ?? null));
    },

    /** At every worker start (and on the wake alarm): finish or report a switch a stopped worker left. */
    resumeInterrupted(): Promise<void> {
      resuming = resuming.then(resume).catch(() => undefined);
      return resuming;
    },

    async getPendingSwitch(context: HandlerContext): Promise<PendingSwitchView | null> {
      if (context.kind !== 'content-script') return null;
      await resuming;
      await tabOpener.settled();
      return pendingView(pageDeps, context);
    },

    async reportSwitch(
      outcome: ReportOutcome,
      reason: SwitchFailure | undefined,
      context: HandlerContext,
      pageReport?: string,
    ): Promise<null> {
      if (context.kind === 'content-script')
        await applyReport(pageDeps, outcome, reason, context, pageReport);
      return null;
    },

    /**
     * A person chose an org in the inline chooser of the login page in `tabId`, now at `pageOrigin`
     * (from the browser, not the page): if that is one of the org's login origins, the page gets
     * a pending switch, which its content script completes with the alias.
     */
    async chooseOrg(orgId: string, tabId: number, pageOrigin: string): Promise<void> {
      const org = await findOrg(deps, orgId);
      const site = (await deps.site?.()) ?? { loginOrigins: [] };
      if (![originOf(org.loginUrl), ...site.loginOrigins].includes(pageOrigin)) {
        throw new SwitchError('wrong-origin', 'This page is not the login page of that org.');
      }
      const storeId = await deps.storeOf?.(tabId);
      const left = await sessions.saveOnLeaving(org, storeId);
      await deps.history?.started(await nameOf(deps, left?.orgId), org, 'inline-chooser');
      await deps.store.remove(activeKey(storeId));
      await recordPending(deps, tabId, org);
      await (await deps.cache()).recordUse(orgId, now());
    },

    /** The org a cookie store's Outreach session belongs to, if a switch put it there. */
    activeOrgId: sessions.activeOrgId,

    /**
     * The org `tabId` is in or is being switched to: its pending switch's (before the page reports
     * its landing), the running switch's once it has this tab, else the store's landed session.
     */
    async tabOrgId(tabId: number | undefined, storeId?: string): Promise<string | null> {
      if (tabId === undefined) return sessions.activeOrgId(storeId);
      const pendingOrg = (await deps.pending.get(tabId))?.orgId;
      const running = await intents.running();
      const runningOrg = running?.tabId === tabId ? running.orgId : undefined;
      return runningOrg ?? pendingOrg ?? (await sessions.activeOrgId(storeId));
    },

    savedSessions: sessions.savedSessions,
    forgetSession: sessions.forgetSession,

    /** Sign-out: every saved session and pending switch goes (they are credentials). */
    forgetSessions: () => deps.store.removePrefix('switch.'),
  };
}

export type SwitchService = ReturnType<typeof createSwitchService>;
