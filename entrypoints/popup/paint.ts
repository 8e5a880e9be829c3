import { optionId } from '../../components/OrgList';
import { ENV_WORDS } from '../../components/OrgOption';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { t } from '../../lib/i18n/t';
import { paintSnapshotOf } from '../../lib/popup/paint-snapshot';
import type { RowExtras } from '../../lib/popup/paint-snapshot';
import { clearPaintSnapshot, writePaintSnapshot } from '../../lib/popup/snapshot';
import { sayUsed } from './Body';
import { whoWords } from './App';

/**
 * Keeps the first-paint snapshot in step with the plain list the popup shows, its pins and
 * session status included. Loaded lazily (`import()`) once the list is on screen: nothing here is
 * needed for the first screen.
 */
export function rememberFirstScreen(state: ShownView, extras: RowExtras, askedAt?: number): void {
  const { who, age } = whoWords(state);
  const words = {
    title: t('extName'),
    options: t('popupOptions'),
    menu: t('popupMenu'),
    who,
    age: age && t('popupListAge', age),
    filterLabel: t('popupFilterLabel'),
    placeholder: t('popupFilterPlaceholder'),
    listLabel: t('popupOrgsLabel'),
    note: t('popupOneSessionNote'),
    hint: t('popupHint'),
    next: t('popupNext'),
  };
  const say = {
    environment: (org: { environment: keyof typeof ENV_WORDS }) => t(ENV_WORDS[org.environment]),
    primary: t('badgePrimary'),
    pinned: t('badgePinned'),
    here: t('badgeYouAreHere'),
    used: sayUsed,
  };
  writePaintSnapshot(paintSnapshotOf(state, words, say, optionId, extras), localStorage, askedAt);
}

/**
 * Clears the first-paint snapshot: the screen is not a plain list. Through this module, as the
 * writes are: dynamic imports of one module resolve in the order they were asked, so a write
 * asked for before the screen changed never lands after the clear (a stale plain list would be
 * painted on the next open, and the screen's banner would then move it down).
 */
export function forgetFirstScreen(): void {
  clearPaintSnapshot();
}
