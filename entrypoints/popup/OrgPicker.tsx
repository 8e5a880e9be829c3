import { useMemo, useState } from 'preact/hooks';
import { OrgList } from '../../components/OrgList';
import { optionId } from '../../lib/popup/words';
import type { Usage } from '../../lib/directory/schema';
import type { PopupOrg } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/t';
import { lastOpened } from '../../lib/popup/org-list';
import { defaultRow, displayOrder, orgAt, visibleIndices } from '../../lib/popup/packed-orgs';
import type { PackedOrgs } from '../../lib/popup/packed-orgs';
import { rowForKey } from '../../lib/pins/pins';

export interface OrgPickerProps {
  /** The group's rows, packed: a row object is made only for the rows shown or acted on. */
  instances: PackedOrgs;
  usage: Usage[];
  currentOrgId: string | null;
  isBusy: boolean;
  /** "used 5 min ago" for a time. */
  sayUsed: (at: number) => string;
  onOpen: (org: PopupOrg, where: 'current' | 'new') => void;
  /** What was typed into the first paint's filter before the popup took it over. */
  initialQuery?: string;
  /** Pinned org ids, listed first in pinning order (lib/pins). */
  pinned?: readonly string[];
  onTogglePin?: (org: PopupOrg) => void;
  /** The org's session status line (lib/popup/session-status.ts), once known. */
  sayStatus?: (org: PopupOrg) => string;
  /** The row's "Forget session" action, or `null` when it has no saved session to forget. */
  onForgetSession?: (org: PopupOrg) => (() => void) | null;
  /** The current Outreach tab's page, which opening an org keeps (issue 14), or `null`. */
  keptPage?: string | null;
}

const NO_PINS: readonly string[] = [];

const LIST_ID = 'org-listbox';
const KEPT_ID = 'kept-page';
/** A long path is cut where it is shown (the switch keeps all of it). */
const MAX_KEPT = 120;
/** The filter never needs more: longer input is cut, so it cannot widen anything. */
const MAX_QUERY = 200;

/** Filter box + listbox + Next: the selection window, operated entirely from the keyboard. */
export function OrgPicker(props: OrgPickerProps) {
  const { instances, usage, currentOrgId, isBusy, sayUsed, onOpen, pinned = NO_PINS, onTogglePin } = props;
  const ordered = useOrdered(instances, pinned);
  const opened = useOpened(usage);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  // `null` until the person moves: then Enter opens the best row that is not the current org.
  const [chosen, setChosen] = useState<number | null>(null);
  // Indices into `instances`, in the order shown.
  const visible = useVisible(instances, ordered, query);
  const activeIndex = Math.min(chosen ?? defaultRow(instances, visible, currentOrgId), visible.length - 1);
  const active = activeIndex >= 0 ? orgAt(instances, visible[activeIndex]!) : undefined;
  const forget = active && props.onForgetSession?.(active);

  const move = (delta: number) => setChosen(clamp(activeIndex + delta, visible.length));
  const open = (event: { ctrlKey: boolean; metaKey: boolean }) =>
    active && onOpen(active, event.ctrlKey || event.metaKey ? 'new' : 'current');
  const onKeyDown = (event: KeyboardEvent) => {
    // 1–9 open the nth row while the filter is empty, Alt+1–9 always (lib/pins/pins.ts).
    const row = rowForKey(event, query);
    if (row !== null && row < visible.length) {
      event.preventDefault();
      onOpen(orgAt(instances, visible[row]!), 'current');
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(6),
      PageUp: () => move(-6),
      Home: () => setChosen(0),
      End: () => setChosen(Math.max(0, visible.length - 1)),
      Enter: () => open(event),
      Escape: () => (query ? setQuery('') : window.close()),
    };
    const action = keys[event.key];
    if (!action || ((event.key === 'Home' || event.key === 'End') && query)) return;
    event.preventDefault();
    action();
  };

  return (
    <div class="picker">
      <label class="visually-hidden" for="org-filter">
        {t('popupFilterLabel')}
      </label>
      <input
        id="org-filter"
        class="filter"
        type="search"
        role="combobox"
        // Nothing matches: the listbox is gone, so the combobox is collapsed and controls nothing.
        aria-expanded={visible.length > 0}
        aria-controls={visible.length > 0 ? LIST_ID : undefined}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        placeholder={t('popupFilterPlaceholder')}
        autoFocus
        autoComplete="off"
        spellcheck={false}
        maxLength={MAX_QUERY}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value.slice(0, MAX_QUERY));
          setChosen(null);
        }}
        onKeyDown={onKeyDown}
      />
      {visible.length === 0 ? (
        <p class="no-match" role="status">
          {t('popupNoMatch', query)}
        </p>
      ) : (
        <OrgList
          id={LIST_ID}
          orgs={instances}
          rows={visible}
          activeIndex={activeIndex}
          currentOrgId={currentOrgId}
          pinned={pinned}
          sayStatus={props.sayStatus}
          lastOpened={opened}
          sayUsed={sayUsed}
          onPick={onOpen}
          onActivate={setChosen}
        />
      )}
      <p class="picker__note" role="note">
        {t('popupOneSessionNote')}
      </p>
      {props.keptPage && (
        <p class="picker__note picker__kept" id={KEPT_ID} title={t('popupKeepsPageHint')}>
          {t('popupKeepsPage', props.keptPage.slice(0, MAX_KEPT))}
        </p>
      )}
      <div class="picker__footer">
        <span class="hint">{t('popupHint')}</span>
        {active && onTogglePin && (
          <button type="button" class="btn btn--link" onClick={() => onTogglePin(active)}>
            {t(pinned.includes(active.orgId) ? 'popupUnpin' : 'popupPin', active.name)}
          </button>
        )}
        {active && forget && (
          <button type="button" class="btn btn--link" onClick={forget}>
            {t('popupForgetSession', active.name)}
          </button>
        )}
        <button
          type="button"
          class="btn btn--primary"
          disabled={!active || isBusy}
          aria-describedby={props.keptPage ? KEPT_ID : undefined}
          onClick={open}
        >
          {t('popupNext')}
        </button>
      </div>
    </div>
  );
}

// The memos live in hooks of their own: a factory closure made in the picker's body would keep that
// render's whole scope (an earlier list of 10,000 orgs among it) for as long as the memo holds.
function useOrdered(instances: PackedOrgs, pinned: readonly string[]): Int32Array {
  return useMemo(() => displayOrder(instances, pinned), [instances, pinned]);
}

function useOpened(usage: readonly Usage[]): Map<string, number> {
  return useMemo(() => lastOpened(usage), [usage]);
}

/** The packed text is searched per keystroke (lower-cased then dropped): no search text is kept. */
function useVisible(instances: PackedOrgs, ordered: Int32Array, query: string): Int32Array {
  return useMemo(() => visibleIndices(instances, ordered, query), [instances, ordered, query]);
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length - 1));
}
