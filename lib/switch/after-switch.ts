import type { Instance } from '../directory/schema';
import type { SwitchDeps } from './switch-deps';

/**
 * The hook point after a switch opened its tab: the org becomes the last used (history, IndexedDB)
 * and the listeners hear of it (the old org's tabs are told). A listener's failure never fails the
 * switch.
 */
export async function afterSwitch(
  deps: Pick<SwitchDeps, 'cache' | 'onSwitched'> & { now: () => number },
  switched: { fromOrgId: string | null; to: Instance; tabId: number },
): Promise<void> {
  void deps.onSwitched?.(switched)?.catch(() => undefined);
  await (await deps.cache()).recordUse(switched.to.orgId, deps.now());
}
