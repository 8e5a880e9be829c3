import type { UiError } from '../messaging/protocol';
import type { Translate } from '../options/translate';
import { PENDING_TTL_MS } from './pending-switches';
import type { SwitchDeps } from './switch-deps';
import { SWITCH_ERROR_KEY, findOrg } from './switch-deps';
import { SWITCH_STEPS } from './switch-intent';
import type { SwitchIntent, SwitchIntents, SwitchStep } from './switch-intent';

const isPast = (step: SwitchStep, than: SwitchStep) =>
  SWITCH_STEPS.indexOf(step) >= SWITCH_STEPS.indexOf(than);

export interface ResumeDeps extends Pick<SwitchDeps, 'cache' | 'pending' | 'store' | 'tabs'> {
  intents: SwitchIntents;
  now: () => number;
  words: Translate;
  /** Runs the switch again from its first step, in the intent's tab if it has one. */
  rerun(intent: SwitchIntent): Promise<unknown>;
}

/** The popup's words for a switch the browser stopped and the next start could not finish. */
export function interruptedSwitch(orgName: string | null, words: Translate): UiError {
  return {
    kind: 'switch-interrupted',
    message: orgName ? words('switchInterrupted', orgName) : words('switchInterruptedUnknownOrg'),
  };
}

/**
 * Finishes the switch a stopped worker left behind, or says plainly that it did not happen. Before
 * its tab is known the switch runs again from the top (every step is safe to repeat); once the tab
 * has its pending switch, the tab is loaded again unless its page already filled or picked (the
 * content script then carries on); after the navigation only the history is left to write.
 */
export async function resumeSwitch(deps: ResumeDeps): Promise<void> {
  const intent = await deps.intents.interrupted();
  if (!intent) return;
  const org = await findOrg(deps, intent.orgId).catch(() => null);
  if (!org || deps.now() - intent.startedAt > PENDING_TTL_MS) return report(deps, intent, org?.name ?? null);
  try {
    const pending = intent.tabId === null ? null : await deps.pending.get(intent.tabId);
    const isOurs = pending?.orgId === org.orgId;
    if (intent.tabId === null || intent.url === null || (!isOurs && !isPast(intent.step, 'navigated'))) {
      await deps.rerun(intent);
      return;
    }
    const isUnderway = pending !== null && (pending.filledAt !== null || (pending.pickedAt ?? null) !== null);
    if (isOurs && !isUnderway) await deps.tabs.navigate(intent.tabId, intent.url);
    if (!isPast(intent.step, 'used')) await (await deps.cache()).recordUse(org.orgId, deps.now());
    await deps.intents.clear();
  } catch {
    await report(deps, intent, org.name);
  }
}

async function report(deps: ResumeDeps, intent: SwitchIntent, orgName: string | null): Promise<void> {
  await deps.intents.clear();
  if (intent.tabId !== null) await deps.pending.remove(intent.tabId);
  await deps.store.set(SWITCH_ERROR_KEY, interruptedSwitch(orgName, deps.words));
}
