import type { SessionStore } from '../storage/session-store';

/** The steps of `openInstance`, in order; a switch's intent notes the last one it finished. */
export const SWITCH_STEPS = [
  'intent',
  'left',
  'cleared',
  'restored',
  'tab',
  'pending',
  'navigated',
  'used',
] as const;
export type SwitchStep = (typeof SWITCH_STEPS)[number];

/**
 * A switch being started (`openInstance`), recorded in `storage.session` before its first step so
 * a worker stopped at any step can finish it, or report it, on its next start.
 */
export interface SwitchIntent {
  orgId: string;
  where: 'current' | 'new';
  startedAt: number;
  /** The worker run that started it: a switch of the running worker is in flight, not stopped. */
  run: string;
  /** The last step finished. */
  step: SwitchStep;
  /** The tab the switch uses, once it has one, and the page it opens there. */
  tabId: number | null;
  url: string | null;
  /** The cookie store the switch works in, once placed (`null`: the default store). */
  storeId?: string | null;
  /** The popup's kept page (path and org-neutral query, lib/site/app-path.ts), opened after landing. */
  keptPage?: string | null;
}

export const INTENT_KEY = 'switch.intent';

/** The one switch intent (the latest switch wins), in `storage.session`. */
export function createSwitchIntents(store: SessionStore, run: string, now: () => number = Date.now) {
  const update = async (patch: Partial<SwitchIntent>) => {
    const intent = await store.get<SwitchIntent>(INTENT_KEY);
    if (intent && intent.run === run) await store.set(INTENT_KEY, { ...intent, ...patch });
  };
  return {
    /** Records a switch's intent before it changes anything (a resumed one keeps its start). */
    record: (orgId: string, where: 'current' | 'new', keptPage: string | null = null, startedAt = now()) =>
      store.set(INTENT_KEY, {
        orgId,
        where,
        keptPage,
        startedAt,
        run,
        step: 'intent',
        tabId: null,
        url: null,
      } satisfies SwitchIntent),
    /** Notes the cookie store the switch works in, for a resume to use the same one. */
    placed: (storeId: string | undefined) => update({ storeId: storeId ?? null }),
    /** Notes a finished step (and the tab, once the switch has one). */
    step: (step: SwitchStep, tab?: { tabId: number; url: string }) => update({ step, ...tab }),
    /** The intent a stopped worker left behind (not one of this worker's switches in flight). */
    async interrupted(): Promise<SwitchIntent | null> {
      const intent = await store.get<SwitchIntent>(INTENT_KEY);
      return intent && intent.run !== run ? intent : null;
    },
    /** This worker's switch in flight, if any. */
    async running(): Promise<SwitchIntent | null> {
      const intent = await store.get<SwitchIntent>(INTENT_KEY);
      return intent && intent.run === run ? intent : null;
    },
    clear: () => store.remove(INTENT_KEY),
  };
}

export type SwitchIntents = ReturnType<typeof createSwitchIntents>;
