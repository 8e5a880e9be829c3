import { optionId } from '../../components/OrgList';
import { ENV_WORDS } from '../../components/OrgOption';
import type { PopupView } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/t';
import { isPlainList, paintSnapshotOf } from '../../lib/popup/first-state';
import { clearPaintSnapshot, writePaintSnapshot } from '../../lib/popup/snapshot';
import { sayUsed } from './Body';
import { whoWords } from './App';

/** Keeps the first-paint snapshot in step with what the popup shows: a plain list, or nothing. */
export function rememberFirstScreen(state: PopupView): void {
  if (!isPlainList(state)) return clearPaintSnapshot();
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
    here: t('badgeYouAreHere'),
    used: sayUsed,
  };
  writePaintSnapshot(paintSnapshotOf(state, words, say, optionId));
}

/** What the person typed into the painted filter before the popup took it over. */
export function paintedQuery(): string {
  return document.querySelector<HTMLInputElement>('#org-filter')?.value ?? '';
}
