import { useState } from 'preact/hooks';
import type { OrgOffer } from '../lib/messaging/protocol';
import { t } from '../lib/i18n/t';

export interface OrgOfferPanelProps {
  offer: OrgOffer;
  isBusy: boolean;
  onSave: (tags: Record<string, string>) => void;
  onDismiss: () => void;
}

/**
 * The orgs Outreach's selection window offered, before they become the list: a `+` tag field for
 * each org whose alias is not known, and the orgs that would go.
 */
export function OrgOfferPanel({ offer, isBusy, onSave, onDismiss }: OrgOfferPanelProps) {
  const [tags, setTags] = useState<Record<string, string>>({});
  return (
    <form
      class="state"
      aria-labelledby="offer-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(tags);
      }}
    >
      <h2 class="state__title" id="offer-title">
        {t('offerTitle')}
      </h2>
      <p class="state__body">{t('offerBody')}</p>
      <ul class="offer">
        {offer.orgs.map((org) => (
          <li key={org.name}>
            <span>{org.name}</span>
            {org.isNew && <em> · {t('offerNew')}</em>}
            {org.tag === null ? (
              <input
                aria-label={t('offerTagLabel', org.name)}
                placeholder="+tag"
                value={tags[org.name] ?? ''}
                onInput={(event) => setTags({ ...tags, [org.name]: event.currentTarget.value })}
              />
            ) : (
              <code> +{org.tag}</code>
            )}
          </li>
        ))}
      </ul>
      {offer.removed.length > 0 && (
        <p class="state__body" role="note">
          {t('offerRemovedTitle')} {offer.removed.join(', ')}
        </p>
      )}
      <button type="submit" class="button button--primary" disabled={isBusy}>
        {t('offerSavePopupAction')}
      </button>{' '}
      <button type="button" class="button" onClick={onDismiss} disabled={isBusy}>
        {t('offerDismissPopupAction')}
      </button>
    </form>
  );
}
