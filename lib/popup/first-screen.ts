/**
 * The first-paint snapshot of the plain list a state shows, in the person's words: built by the
 * popup once it has shown the list (for its next open), and by the background for a first open
 * (lib/background/first-paint.ts), so both paint the same screen the popup's app renders.
 */
import { t } from '../i18n/t';
import type { PopupOrg, PopupViewReply, StateSnapshot } from '../messaging/protocol';
import type { ShownView } from './packed-orgs';
import { paintSnapshotOf } from './paint-snapshot';
import type { RowExtras } from './paint-snapshot';
import type { PaintSnapshot } from './snapshot';
import { ENV_WORDS, optionId, sayUsed, whoWords } from './words';

/**
 * Builds the first-paint snapshot of the popup's state (`reply`, with `state`'s rows), given to
 * the background's `getPopupState` for a first open (lib/background/first-paint.ts).
 */
export type FirstPaint = (state: StateSnapshot, reply: PopupViewReply) => Promise<PaintSnapshot | null>;

export function firstScreenSnapshot(state: ShownView, extras: RowExtras): PaintSnapshot {
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
    environment: (org: PopupOrg) => t(ENV_WORDS[org.environment]),
    primary: t('badgePrimary'),
    pinned: t('badgePinned'),
    here: t('badgeYouAreHere'),
    used: sayUsed,
  };
  return paintSnapshotOf(state, words, say, optionId, extras);
}
