import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseRootEmail } from '../../lib/alias';
import { loadSettings, saveSettings } from '../../lib/storage/settings';

export type SaveResult = { ok: true; email: string } | { ok: false; message: string } | null;

/** The welcome page's state: the root email hint in the settings and the shortcut's keys. */
export function useWelcome() {
  const [email, setEmail] = useState('');
  const [saved, setSaved] = useState<SaveResult>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then((settings) => setEmail((typed) => typed || (settings.rootEmailHint ?? '')));
    void browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((command) => command.name === 'open-last-org')?.shortcut || null);
    });
  }, []);

  return {
    email,
    saved,
    shortcut,
    setEmail: (value: string) => {
      setEmail(value);
      setSaved(null);
    },
    async save() {
      const root = parseRootEmail(email);
      if (!root.ok) return setSaved({ ok: false, message: root.message });
      await saveSettings({ rootEmailHint: root.email.address });
      setSaved({ ok: true, email: root.email.address });
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
