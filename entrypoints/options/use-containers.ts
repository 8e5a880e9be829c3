import { useEffect, useState } from 'preact/hooks';
import type { ContainersSectionProps } from '../../components/options/ContainersSection';
import { createContainers } from '../../lib/browser/containers';
import { t } from '../../lib/i18n/t';
import { loadSettings, saveSettings } from '../../lib/storage/settings';

/** The "one container per org" option: on by default where the browser has containers. */
export function useContainers(): ContainersSectionProps {
  const [isAvailable, setAvailable] = useState<boolean | null>(null);
  const [choice, setChoice] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isLive = true;
    void Promise.all([createContainers().isAvailable(), loadSettings()]).then(([available, settings]) => {
      if (!isLive) return;
      setAvailable(available);
      setChoice(settings.containerPerOrg);
    });
    return () => {
      isLive = false;
    };
  }, []);
  return {
    isAvailable,
    isOn: choice ?? true,
    error,
    onChange(isOn) {
      setChoice(isOn);
      setError(null);
      saveSettings({ containerPerOrg: isOn }).catch(() => setError(t('optionsContainersSaveFailed')));
    },
  };
}
