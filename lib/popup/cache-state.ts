import type { DisplayList } from '../db/read-display-list';
import type { PopupView } from '../messaging/protocol';
import type { ShownView } from './packed-orgs';
import type { PaintSnapshot } from './snapshot';

/**
 * The popup's state from the IndexedDB cache alone, shown until the background answers (its
 * worker may be stopped). The phase and source are the last snapshot's, or a plain ready list.
 */
export function stateFromCache(
  list: DisplayList,
  hint: Pick<PaintSnapshot, 'phase' | 'source'> | null,
): ShownView {
  const source = hint?.source ?? (list.group.source === 'manual' ? 'manual' : 'directory');
  return {
    phase: (hint?.phase as PopupView['phase'] | undefined) ?? 'ready',
    source,
    rootEmail: hint ? list.group.rootEmail : null,
    group: list.group,
    usage: list.usage,
    currentOrgId: null,
    error: null,
    isRefreshing: false,
    cacheWarning: null,
    signInKind: list.group.source === 'outreach-page' ? 'outreach-pages' : undefined,
    revision: list.revision,
  };
}
