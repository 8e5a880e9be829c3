import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';

export interface PopupHeaderProps {
  rootEmail: string | null;
  groupId: string | null;
  age: string | null;
  isRefreshing: boolean;
  canRefresh: boolean;
  canSignOut: boolean;
  onRefresh: () => void;
  onOptions: () => void;
  onSignOut: () => void;
}

/** Who is signed in, the Instance Group ID (copyable), the list's age and the header actions. */
export function PopupHeader(props: PopupHeaderProps) {
  const [isCopied, setCopied] = useState(false);
  const copy = async () => {
    if (!props.groupId) return;
    await navigator.clipboard.writeText(props.groupId).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <header class="header">
      <div class="header__top">
        <h1 class="header__title">{t('extName')}</h1>
        <nav class="header__actions">
          <button type="button" class="link-button" onClick={props.onOptions}>
            {t('popupOptions')}
          </button>
          {props.canSignOut && (
            <button type="button" class="link-button" onClick={props.onSignOut}>
              {t('popupSignOut')}
            </button>
          )}
        </nav>
      </div>
      {props.rootEmail && <p class="header__who">{t('popupSignedInAs', props.rootEmail)}</p>}
      {props.groupId && (
        <p class="header__group">
          <span>{t('popupGroupId')}: </span>
          <code>{props.groupId}</code>
          <button type="button" class="link-button" aria-label={t('popupCopyGroupId')} onClick={copy}>
            {isCopied ? t('popupCopied') : t('popupCopy')}
          </button>
          {props.canRefresh && (
            <button
              type="button"
              class="link-button header__refresh"
              onClick={props.onRefresh}
              disabled={props.isRefreshing}
            >
              {props.isRefreshing ? t('popupRefreshing') : t('popupRefresh')}
            </button>
          )}
          {props.age && <span class="header__age">{t('popupListAge', props.age)}</span>}
        </p>
      )}
    </header>
  );
}
