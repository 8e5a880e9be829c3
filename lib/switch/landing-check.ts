import type { PendingSwitchView, SwitchFailure } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import { appOriginsOfPending, loginOriginsOfPending } from './pending-switches';
import type { PendingSwitch } from './pending-switches';
import type { SessionSwap } from './session-swap';
import type { SwitchDeps } from './switch-deps';
import { PAGE_REPORT_KEY, SWITCH_ERROR_KEY } from './switch-deps';
import { switchFailure } from './switch-failure';
import { t } from '../i18n/t';

type PageDeps = Pick<SwitchDeps, 'cache' | 'pending' | 'store' | 'storeOf' | 'history' | 'tabs' | 'words'> & {
  sessions: SessionSwap;
};

export type ReportOutcome = 'filled' | 'picked' | 'landed' | 'failed' | 'missing';

/** What a content script may learn of its tab's pending switch: the alias only on a login origin. */
export async function pendingView(
  deps: PageDeps,
  context: Extract<HandlerContext, { kind: 'content-script' }>,
): Promise<PendingSwitchView | null> {
  const pending = await deps.pending.get(context.tabId);
  if (!pending) return null;
  const loginOrigins = loginOriginsOfPending(pending);
  const appOrigins = appOriginsOfPending(pending);
  // The alias goes to the profile's exact login origins only; an app origin just reports arrival.
  const isLoginOrigin = loginOrigins.includes(context.origin);
  if (!isLoginOrigin && !appOrigins.includes(context.origin)) return null;
  const { group } = await (await deps.cache()).readGroup();
  return {
    orgId: pending.orgId,
    orgName: pending.orgName,
    loginEmail: isLoginOrigin ? pending.loginEmail : '',
    loginUrl: pending.loginUrl,
    shouldFill: isLoginOrigin && pending.filledAt === null,
    isLoginOrigin,
    via: pending.via ?? 'alias',
    shouldPick: (pending.pickedAt ?? null) === null,
    // (The sandbox serves its login page on the app's origin, so this is not "not a login origin".)
    isKeptPage: appOrigins.includes(context.origin) && (pending.kept?.stage ?? 'done') !== 'done',
    loginOrigins,
    appOrigins,
    orgs: (group?.instances ?? []).map(({ orgId, name, loginEmail }) => ({ orgId, name, loginEmail })),
  };
}

/**
 * The app shows the org: the session is the org's (once), and then the kept page opens if the tab
 * is not there yet (an alias login lands on the start page), else the pending switch ends.
 */
async function landed(
  deps: PageDeps,
  pending: PendingSwitch,
  context: Extract<HandlerContext, { kind: 'content-script' }>,
): Promise<void> {
  if ((pending.landedAt ?? null) === null) {
    const storeId = await deps.storeOf?.(context.tabId);
    await deps.sessions.markLanded(pending.orgId, context.origin, storeId);
    await deps.store.remove(PAGE_REPORT_KEY);
    await deps.history?.settled(pending.orgId, 'landed');
  }
  const kept = pending.kept;
  if (kept?.stage === 'to-open' && (await deps.tabs.urlOf?.(context.tabId)) !== kept.url) {
    await deps.pending.update(context.tabId, { landedAt: Date.now(), kept: { ...kept, stage: 'opened' } });
    await deps.tabs.navigate(context.tabId, kept.url);
    return;
  }
  await deps.pending.remove(context.tabId);
}

/**
 * A content script's report on its tab's switch. "Landed" counts only from an app origin (a
 * login-host page is never the app, and the content script said the app shows the chosen org):
 * the session is then the org's, and the pending switch ends. "Failed" ends it with words.
 */
export async function applyReport(
  deps: PageDeps,
  outcome: ReportOutcome,
  reason: SwitchFailure | undefined,
  context: Extract<HandlerContext, { kind: 'content-script' }>,
  pageReport?: string,
): Promise<void> {
  const pending = await deps.pending.get(context.tabId);
  const origins = pending ? [...loginOriginsOfPending(pending), ...appOriginsOfPending(pending)] : [];
  if (!pending || !origins.includes(context.origin)) return;
  if (outcome === 'filled') await deps.pending.markFilled(context.tabId);
  if (outcome === 'picked') await deps.pending.markPicked(context.tabId);
  const isApp = appOriginsOfPending(pending).includes(context.origin);
  if (outcome === 'landed' && isApp) await landed(deps, pending, context);
  if (outcome === 'missing' && isApp && pending.kept && pending.kept.stage !== 'done') {
    // The kept page is not in this org: the app's start page instead, where the switch lands.
    await deps.pending.update(context.tabId, { kept: { ...pending.kept, stage: 'done' } });
    await deps.tabs.navigate(context.tabId, pending.kept.startUrl);
  }
  if (outcome === 'failed') {
    await deps.history?.settled(pending.orgId, 'failed');
    await deps.pending.remove(context.tabId);
    await deps.store.set(SWITCH_ERROR_KEY, switchFailure(pending, reason, deps.words ?? t));
    if (pageReport) await deps.store.set(PAGE_REPORT_KEY, pageReport);
    else await deps.store.remove(PAGE_REPORT_KEY);
  }
}
