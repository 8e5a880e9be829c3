import { t } from '../../lib/i18n/t';
import { useWelcome } from './use-welcome';

/** First run: what the extension does, the root email (asked once), pinning the icon, the shortcut. */
export function App() {
  const welcome = useWelcome();
  const { saved } = welcome;
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <section aria-labelledby="welcome-email">
        <h2 id="welcome-email">{t('welcomeEmailTitle')}</h2>
        <form
          class="welcome__form"
          onSubmit={(event) => {
            event.preventDefault();
            void welcome.save();
          }}
        >
          <label for="root-email">{t('optionsRootEmailLabel')}</label>
          <input
            id="root-email"
            type="email"
            autoComplete="email"
            aria-describedby="root-email-hint"
            aria-invalid={saved?.ok === false}
            value={welcome.email}
            onInput={(event) => welcome.setEmail(event.currentTarget.value)}
          />
          <button type="submit" class="btn btn--primary">
            {t('welcomeEmailSave')}
          </button>
        </form>
        <p id="root-email-hint" class="welcome__hint">
          {t('welcomeEmailHint')}
        </p>
        {saved && (
          <p role="status" class={saved.ok ? 'welcome__ok' : 'welcome__error'}>
            {saved.ok ? t('welcomeEmailSaved', saved.email) : t('welcomeEmailInvalid', saved.message)}
          </p>
        )}
      </section>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcomePinTitle')}</h2>
        <p>{t('welcomePinBody')}</p>
      </section>
      <section aria-labelledby="welcome-shortcut">
        <h2 id="welcome-shortcut">{t('welcomeShortcutTitle')}</h2>
        <p>{welcome.shortcut ? t('welcomeShortcutBody', welcome.shortcut) : t('welcomeShortcutUnset')}</p>
      </section>
      <button type="button" class="btn btn--secondary" onClick={welcome.openOptions}>
        {t('welcomeOpenOptions')}
      </button>
    </main>
  );
}
