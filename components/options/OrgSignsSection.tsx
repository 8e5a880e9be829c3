import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import { Notice, Section } from './Field';

type SignKey = 'marker' | 'favicon' | 'badge';

const SIGNS: [SignKey, MessageKey][] = [
  ['marker', 'optionsOrgSignsMarker'],
  ['favicon', 'optionsOrgSignsFavicon'],
  ['badge', 'optionsOrgSignsBadge'],
];

export interface OrgSignsSectionProps {
  signs: Record<SignKey, boolean> | null;
  isSaved: boolean;
  onChange: (key: SignKey, value: boolean) => void;
}

/** "Which org am I in?": turn the page marker, the tinted favicon and the toolbar badge on or off. */
export function OrgSignsSection({ signs, isSaved, onChange }: OrgSignsSectionProps) {
  return (
    <Section id="org-signs" title={t('optionsOrgSignsTitle')} intro={t('optionsOrgSignsIntro')}>
      {signs && (
        <ul class="checks">
          {SIGNS.map(([key, label]) => (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  checked={signs[key]}
                  onChange={(event) => onChange(key, event.currentTarget.checked)}
                />{' '}
                {t(label)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {isSaved && <Notice>{t('optionsOrgSignsSaved')}</Notice>}
    </Section>
  );
}
