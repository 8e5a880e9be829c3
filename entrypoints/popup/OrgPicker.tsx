import { useMemo, useState } from 'preact/hooks';
import { OrgList, optionId } from '../../components/OrgList';
import type { Instance, Usage } from '../../lib/directory/schema';
import { t } from '../../lib/i18n/t';
import { filterOrgs, lastUsedOrgId, orderOrgs, searchText } from '../../lib/popup/org-list';

export interface OrgPickerProps {
  instances: Instance[];
  usage: Usage[];
  currentOrgId: string | null;
  isBusy: boolean;
  onOpen: (org: Instance, where: 'current' | 'new') => void;
}

const LIST_ID = 'org-listbox';

/** Filter box + listbox + Next: the selection window, operated entirely from the keyboard. */
export function OrgPicker({ instances, usage, currentOrgId, isBusy, onOpen }: OrgPickerProps) {
  const ordered = useMemo(() => orderOrgs(instances, usage), [instances, usage]);
  const texts = useMemo(() => ordered.map(searchText), [ordered]);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const visible = useMemo(() => filterOrgs(ordered, texts, query), [ordered, texts, query]);
  const active = visible[Math.min(activeIndex, visible.length - 1)];

  const move = (delta: number) => setActiveIndex((index) => clamp(index + delta, visible.length));
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(6),
      PageUp: () => move(-6),
      Home: () => setActiveIndex(0),
      End: () => setActiveIndex(Math.max(0, visible.length - 1)),
      Enter: () => active && onOpen(active, event.ctrlKey || event.metaKey ? 'new' : 'current'),
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
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActiveIndex(0);
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
          orgs={visible}
          activeIndex={Math.min(activeIndex, visible.length - 1)}
          currentOrgId={currentOrgId}
          lastUsedOrgId={lastUsedOrgId(usage)}
          onPick={onOpen}
          onActivate={setActiveIndex}
        />
      )}
      <div class="picker__footer">
        <span class="hint">{t('popupHint')}</span>
        <button
          type="button"
          class="button button--primary"
          disabled={!active || isBusy}
          onClick={(event) => active && onOpen(active, event.ctrlKey || event.metaKey ? 'new' : 'current')}
        >
          {t('popupNext')}
        </button>
      </div>
    </div>
  );
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length - 1));
}
