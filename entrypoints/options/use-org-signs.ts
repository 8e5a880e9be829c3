import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import type { Settings } from '../../lib/storage/settings';

export type OrgSigns = Settings['orgSigns'];

/** The marker, favicon and badge switches, saved as soon as one changes. */
export function useOrgSigns() {
  const [signs, setSigns] = useState<OrgSigns | null>(null);
  const [isSaved, setSaved] = useState(false);
  useEffect(() => {
    loadSettings().then(
      (settings) => setSigns(settings.orgSigns),
      () => undefined,
    );
  }, []);
  return {
    signs,
    isSaved,
    set: (key: keyof OrgSigns, value: boolean) => {
      if (!signs) return;
      const next = { ...signs, [key]: value };
      setSigns(next);
      setSaved(false);
      saveSettings({ orgSigns: next }).then(
        () => setSaved(true),
        () => undefined,
      );
    },
  };
}
