import { t } from '../../lib/i18n/t';
import { Section } from './Field';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** "Shortcuts": the current key bindings and where the browser lets people change them. */
export function ShortcutsSection({
  shortcuts,
  settingsUrl,
}: {
  shortcuts: Shortcut[] | null;
  settingsUrl: string;
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
    </Section>
  );
}
