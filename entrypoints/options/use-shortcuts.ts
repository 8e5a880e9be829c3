import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/options/ShortcutsSection';
import { t } from '../../lib/i18n/t';

/** The extension's commands and their current keys (`commands.getAll`). */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    let isLive = true;
    browser.commands
      .getAll()
      .then((commands) => {
        if (!isLive) return;
        setShortcuts(
          commands.map((command) => ({
            name: command.name ?? '',
            // The toolbar action's command has no description of its own.
            description: command.description || t('optionsShortcutOpenPopup'),
            shortcut: command.shortcut ?? '',
          })),
        );
      })
      .catch(() => isLive && setShortcuts([]));
    return () => {
      isLive = false;
    };
  }, []);
  return shortcuts;
}

/** Where the browser lets people change extension shortcuts. */
export function shortcutSettingsUrl(userAgent = navigator.userAgent): string {
  return /Firefox\//.test(userAgent) ? 'about:addons' : 'chrome://extensions/shortcuts';
}
