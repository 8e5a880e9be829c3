import type { ShownView } from './packed-orgs';

/** Whether the first screen is the bare list (no banner above it), the only one worth painting early. */
export function isPlainList(state: ShownView): boolean {
  const group = state.group;
  if (!group || group.instances.length === 0 || group.droppedCount > 0) return false;
  if (state.error || state.cacheWarning || state.orgOffer) return false;
  return state.phase === 'ready';
}

/** The first of `promises` to give a value (not `null`), or `null` once all gave none or failed. */
export function firstOf<T>(...promises: Promise<T | null>[]): Promise<T | null> {
  return new Promise((resolve) => {
    let left = promises.length;
    const settle = () => --left === 0 && resolve(null);
    for (const promise of promises) {
      promise.then((value) => (value === null ? settle() : resolve(value)), settle);
    }
  });
}
