import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../../lib/storage/settings';

/** The "ask before opening a production org" switch (issue 14), saved as soon as it changes. */
export function useProductionGate() {
  const [isOn, setOn] = useState<boolean | null>(null);
  const [isSaved, setSaved] = useState(false);
  useEffect(() => {
    loadSettings().then(
      (settings) => setOn(settings.askBeforeProduction),
      () => undefined,
    );
  }, []);
  return {
    isOn,
    isSaved,
    set: (value: boolean) => {
      setOn(value);
      setSaved(false);
      saveSettings({ askBeforeProduction: value }).then(
        () => setSaved(true),
        () => undefined,
      );
    },
  };
}
