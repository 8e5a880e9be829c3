import { t } from '../../lib/i18n/t';
import { Notice, Section } from './Field';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The production gate's switch (issue 14): on, unless turned off; `null` while it loads. */
export interface ProductionGateProps {
  isOn: boolean | null;
  isSaved: boolean;
  onChange: (value: boolean) => void;
}

/**
 * "Shortcuts": the current key bindings, where the browser lets people change them, and whether a
 * shortcut (or the login page's chooser) asks before opening a production org.
 */
export function ShortcutsSection({
  shortcuts,
  settingsUrl,
  gate,
}: {
  shortcuts: Shortcut[] | null;
  settingsUrl: string;
  gate?: ProductionGateProps;
}) {
  return (
    <Section id="shortcuts" title={t('optionsShortcutsTitle')}>
      {shortcuts === null ? (
        <p>{t('optionsShortcutsLoading')}</p>
      ) : (
        <table class="orgs">
          <caption class="visually-hidden">{t('optionsShortcutsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsShortcutAction')}</th>
              <th scope="col">{t('optionsShortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((item) => (
              <tr key={item.name}>
                <th scope="row">{item.description}</th>
                <td>{item.shortcut ? <kbd>{item.shortcut}</kbd> : t('optionsShortcutNotSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {t('optionsShortcutsChange')} <code>{settingsUrl}</code>
      </p>
      {gate && gate.isOn !== null && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={gate.isOn}
              onChange={(event) => gate.onChange(event.currentTarget.checked)}
            />{' '}
            {t('optionsAskBeforeProduction')}
          </label>
        </p>
      )}
      {gate?.isSaved && <Notice>{t('optionsAskBeforeProductionSaved')}</Notice>}
    </Section>
  );
}
