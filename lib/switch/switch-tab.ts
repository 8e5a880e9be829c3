import type { Instance } from '../directory/schema';
import type { KeptPageStep } from './pending-switches';
import { recordPending } from './record-pending';
import type { SwitchDeps, SwitchTabs } from './switch-deps';

/** Steps of opening the tab, told as they finish; `known` is the tab a resumed switch had. */
export interface OpenHooks {
  known?: number | null;
  onTab?: (tabId: number) => Promise<void>;
  onPending?: () => Promise<void>;
  /** The popup's kept page, opened once the org's app shows. */
  kept?: KeptPageStep | null;
}

/**
 * The tab a switch uses, opened or navigated with its pending switch recorded first. Content-script
 * requests wait for tabs still being opened ({@link SwitchTabOpener.settled}), so a page that loads
 * before its pending switch is recorded still finds it.
 */
export function createSwitchTabOpener(deps: Pick<SwitchDeps, 'cache' | 'site' | 'pending'>) {
  const opening = new Set<Promise<unknown>>();
  async function whileOpening<T>(work: Promise<T>): Promise<T> {
    opening.add(work);
    try {
      return await work;
    } finally {
      opening.delete(work);
    }
  }

  /**
   * Opens `url` in the tab the switch uses, with its pending switch recorded. It is recorded even
   * for a restore: if the saved session was revoked, the app shows its login page and the content
   * script signs in with the alias instead. A resumed switch names its tab (`hooks.known`).
   */
  async function openTabFor(
    org: Instance,
    where: 'current' | 'new',
    url: string,
    tabs: SwitchTabs,
    hooks: OpenHooks = {},
  ): Promise<number> {
    const reused = hooks.known ?? (await tabs.reusable(where));
    if (reused === null) {
      // Opened on its URL directly (a blank tab navigated afterwards made Chromium's renderer
      // crash now and then); the content script's first request waits for the record below.
      const created = await tabs.open(url);
      await hooks.onTab?.(created);
      await recordPending(deps, created, org, hooks.kept);
      await hooks.onPending?.();
      return created;
    }
    await hooks.onTab?.(reused);
    await recordPending(deps, reused, org, hooks.kept);
    await hooks.onPending?.();
    await tabs.navigate(reused, url);
    return reused;
  }

  return {
    open: (...args: Parameters<typeof openTabFor>) => whileOpening(openTabFor(...args)),
    /** Waits for every tab being opened right now. */
    settled: async () => void (await Promise.allSettled([...opening])),
  };
}

export type SwitchTabOpener = ReturnType<typeof createSwitchTabOpener>;
