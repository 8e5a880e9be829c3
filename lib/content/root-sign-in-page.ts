import { t } from '../i18n/t';
import type { OrgOffer, RootSignInView } from '../messaging/protocol';
import { send } from '../messaging/send';
import { classifyPage, emailFieldIndex, offeredOrgs } from '../site/outreach-adapter';
import type { PageKind } from '../site/outreach-adapter';
import type { CollectedPage } from '../site/page-facts';
import { createOfferNotice } from './org-offer-notice';
import { pressContinue } from './login-page';
import { waitForPage } from './page-wait';
import { FORM_TIMEOUT_MS } from './login-page';
import { typeInto } from '../site/page-actions';

/**
 * The tab of a root sign-in on Outreach's pages. On the login page: fill the root email when the
 * extension knows it (else note the one the person types); on the selection window: read the orgs it
 * offers and ask, in the page, whether they become the linked list (the popup asks too).
 */
export async function followRootSignIn(view: RootSignInView): Promise<void> {
  const site = { loginOrigins: view.loginOrigins, isAppOrigin: () => false };
  const known = view.knownNames.map((name, at) => ({ orgId: `known:${at}`, name }));
  const decide = (page: CollectedPage): PageKind | null => {
    const kind = classifyPage(page.facts, site, known);
    return kind === 'selection' || kind === 'login-email' ? kind : null;
  };
  const { answer, page } = await waitForPage(decide, FORM_TIMEOUT_MS);
  if (answer === 'selection') await offerOrgs(page);
  if (answer === 'login-email') startRootLogin(page, view.rootEmail);
}

function startRootLogin(page: CollectedPage, rootEmail: string | null): void {
  const field = page.elements.fields[emailFieldIndex(page.facts)]!;
  if (rootEmail) {
    typeInto(field, rootEmail);
    pressContinue(field);
    return;
  }
  // The person types the root email: remember it (checked by the alias rules in the background).
  let timer: ReturnType<typeof setTimeout> | undefined;
  field.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void send({ type: 'noteRootEmail', email: field.value }).catch(() => null), 200);
  });
}

async function offerOrgs(page: CollectedPage): Promise<void> {
  const orgs = offeredOrgs(page.facts);
  const shown = page.facts.shownEmails.length === 1 ? page.facts.shownEmails[0]! : null;
  const offer = await send({ type: 'offerOrgs', rootEmail: shown, orgs }).catch(() => null);
  if (!offer) return;
  const notice = createOfferNotice();
  notice.show(describe(offer), {
    save: () => void save(notice),
    dismiss: () => {
      notice.hide();
      void send({ type: 'dismissOrgs' }).catch(() => null);
    },
  });
}

async function save(notice: ReturnType<typeof createOfferNotice>): Promise<void> {
  const result = await send({ type: 'acceptOrgs' }).catch(() => null);
  notice.show(result?.ok ? t('offerSavedNotice') : t('offerSaveInPopup'));
}

function describe(offer: OrgOffer): string {
  const added = offer.orgs.filter((org) => org.isNew).length;
  const text = t('offerNoticeText', [String(offer.orgs.length), String(added), String(offer.removed.length)]);
  return offer.removed.length > 0 ? `${text} ${t('offerNoticeRemoved', offer.removed.join(', '))}` : text;
}
