import { t } from '../../lib/i18n/t';
import { Notice, Section } from './Field';

export interface ContainersSectionProps {
  /** Whether the browser has containers (Firefox); `null` while that is being found out. */
  isAvailable: boolean | null;
  isOn: boolean;
  error: string | null;
  onChange(isOn: boolean): void;
}

/**
 * "Containers" (Firefox): whether each org opens in a container of its own. Shown only where the
 * browser has containers; elsewhere there is one Outreach session per browser and nothing to choose.
 */
export function ContainersSection({ isAvailable, isOn, error, onChange }: ContainersSectionProps) {
  if (!isAvailable) return null;
  return (
    <Section id="containers" title={t('optionsContainersTitle')} intro={t('optionsContainersIntro')}>
      <label class="check">
        <input
          type="checkbox"
          checked={isOn}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('optionsContainersToggle')}
      </label>
      <p>{isOn ? t('optionsContainersOnHint') : t('optionsContainersOffHint')}</p>
      {error && <Notice tone="error">{error}</Notice>}
    </Section>
  );
}
