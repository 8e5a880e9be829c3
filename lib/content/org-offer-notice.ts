import { t } from '../i18n/t';
import { createShadowBox, guardedButtons } from './shadow-notice';

const STYLE = `
  .box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #a1a1aa;
    border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); padding: 12px; max-width: 360px; }
  p { margin: 0 0 8px; }
  .buttons { display: flex; gap: 8px; }
  button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #4b2bd6; background: #fff; color: #4b2bd6; }
  button.primary { background: #4b2bd6; color: #fff; }
  button:focus-visible { outline: 2px solid #4b2bd6; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) { .box { color: #f4f4f5; background: #18181b; border-color: #52525b; } }`;

/** Clicks this soon after the notice appears are not a person's decision (clickjacking). */
const SETTLE_MS = 600;

export interface OfferNotice {
  show(text: string, actions?: { save: () => void; dismiss: () => void }): void;
  hide(): void;
}

/**
 * The in-page offer "Save these orgs as your linked list?", in a closed shadow root fixed to the
 * page's corner, so the page's scripts cannot read or press it. Only trusted clicks count, and none
 * while the notice is covered or has only just appeared.
 */
export function createOfferNotice(doc: Document = document): OfferNotice {
  const { host, box } = createShadowBox({ css: STYLE, role: 'dialog', label: t('offerNoticeLabel') }, doc);
  Object.assign(host.style, { position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483647' });
  return {
    show(text, actions) {
      const line = doc.createElement('p');
      line.setAttribute('role', 'status');
      line.textContent = text;
      box.replaceChildren(line);
      if (actions) {
        const row = doc.createElement('div');
        row.className = 'buttons';
        // Disabled until the notice has settled, so the wait is visible (and a click then is a decision).
        row.append(
          ...guardedButtons(
            host,
            [
              { label: t('offerSaveAction'), className: 'primary', onPress: actions.save },
              { label: t('offerDismissAction'), onPress: actions.dismiss },
            ],
            SETTLE_MS,
            doc,
          ),
        );
        box.append(row);
      }
      if (!host.isConnected) doc.body.append(host);
    },
    hide: () => host.remove(),
  };
}
