import type { PendingSwitchView, SwitchFailure } from '../messaging/protocol';
import { send } from '../messaging/send';
import { advanceButtonIndex, appShows, classifyPage, emailFieldIndex } from '../site/outreach-adapter';
import type { OrgRef, PageKind, SiteOrigins } from '../site/outreach-adapter';
import { isMissingPage } from '../site/app-path';
import { press } from '../site/page-actions';
import { collectPage } from '../site/page-facts';
import type { CollectedPage } from '../site/page-facts';
import { pageReport } from '../site/page-report';
import { createInlineChooser } from './inline-chooser';
import { listenToChooserCommands } from './chooser-commands';
import { findLoginField } from './login-form';
import { waitForPage } from './page-wait';
import { fillVisibleField, recheck } from './fill-field';
import { pickOrgInSelectionWindow } from './selection-window';

/** How long a page may take to show what the switch needs before the switch stops. */
export const FORM_TIMEOUT_MS = 10_000;

/** The hosts of a pending switch, for the adapter. */
function siteOf(pending: PendingSwitchView): SiteOrigins {
  const here = location.origin;
  return {
    loginOrigins: pending.loginOrigins ?? (pending.isLoginOrigin ? [here] : []),
    isAppOrigin: (origin) => (pending.appOrigins ?? (pending.isLoginOrigin ? [] : [here])).includes(origin),
  };
}

/** Which steps this page can take now; `null` while the page is still on its way. */
function stepFor(
  kind: PageKind,
  page: CollectedPage,
  pending: PendingSwitchView,
  orgs: OrgRef[],
): PageKind | null {
  if (kind === 'app' && isMissingKeptPage(page, pending)) return kind;
  if (kind === 'app') return appShows(page.facts, target(pending, orgs), orgs) === 'unknown' ? null : kind;
  if (kind === 'login-email' && !pending.isLoginOrigin) return null;
  return kind === 'other' ? null : kind;
}

/** The popup's kept page, which the app says does not exist in this org. */
const isMissingKeptPage = (page: CollectedPage, pending: PendingSwitchView) =>
  pending.isKeptPage === true && isMissingPage(page.facts);

const target = (pending: PendingSwitchView, orgs: OrgRef[]): OrgRef =>
  orgs.find((org) => org.orgId === pending.orgId) ?? { orgId: pending.orgId, name: pending.orgName };

/**
 * A switch in progress in this tab, decided by the site adapter: fill the alias (or the root email)
 * and press Continue on a login page, pick the org in Outreach's selection window, and report the
 * switch landed only when the app shows the chosen org. A page the adapter cannot read stops the
 * switch with words for the popup and a page report (structure only).
 */
export async function completePendingSwitch(pending: PendingSwitchView): Promise<void> {
  const site = siteOf(pending);
  const orgs: OrgRef[] = pending.orgs ?? [];
  const decide = (page: CollectedPage) => stepFor(classifyPage(page.facts, site, orgs), page, pending, orgs);
  const { answer, page } = await waitForPage(decide, FORM_TIMEOUT_MS);
  if (answer === null) return fail(timeoutReason(page, site));
  // The background then opens the org's start page, where the switch lands.
  if (answer === 'app' && isMissingKeptPage(page, pending))
    return void (await send({ type: 'reportSwitch', outcome: 'missing' }));
  if (answer === 'app') {
    const verdict = appShows(page.facts, target(pending, orgs), orgs);
    await send(verdict === 'shows-org' ? { type: 'reportSwitch', outcome: 'landed' } : failure('wrong-org'));
    return;
  }
  if (answer === 'selection') return pickStep(page, pending, orgs);
  if (answer === 'login-email') return fillStep(page, pending);
  // A password step: the person types it (the extension never handles passwords).
}

async function fillStep(page: CollectedPage, pending: PendingSwitchView): Promise<void> {
  if (!pending.shouldFill) return fail('login-returned');
  const field = page.elements.fields[emailFieldIndex(page.facts)]!;
  // Check, fill, re-check (fill-field.ts): a field the page hides or covers is cleared, never sent.
  if (!(await fillVisibleField(field, pending.loginEmail)).ok) return fail('field-hidden');
  await send({ type: 'reportSwitch', outcome: 'filled' });
  if (!recheck(field).ok) return fail('field-hidden');
  const button = advanceButtonIndex(page.facts);
  if (!press(button >= 0 ? page.elements.buttons[button]! : null, field)) await fail('no-continue');
}

async function pickStep(page: CollectedPage, pending: PendingSwitchView, orgs: OrgRef[]): Promise<void> {
  if (pending.shouldPick === false) return fail('login-returned');
  await send({ type: 'reportSwitch', outcome: 'picked' });
  if (!(await pickOrgInSelectionWindow(page, target(pending, orgs), orgs))) await fail('org-not-offered');
}

/** Why nothing happened in time: a login page without a usable field, an app that names no org, … */
function timeoutReason(page: CollectedPage, site: SiteOrigins): SwitchFailure {
  const isLogin = site.loginOrigins.includes(page.facts.origin);
  if (isLogin && page.facts.fields.length > 0) return 'no-form';
  if (site.isAppOrigin(page.facts.origin)) return 'unconfirmed';
  return page.facts.fields.length === 0 && page.facts.choices.length > 0 ? 'not-understood' : 'no-form';
}

const failure = (reason: SwitchFailure) =>
  ({ type: 'reportSwitch', outcome: 'failed', reason, pageReport: pageReport(document) }) as const;
const fail = async (reason: SwitchFailure) => void (await send(failure(reason)));

/**
 * A person typing on the login page: for the group's root email, offer the org chooser; for a login
 * that breaks the `+` rule, show the rule's message. Only trusted (real) input counts. The choice
 * itself is made in the chooser's frame and confirmed by the background, which then has this script
 * complete the pending switch it recorded (fill, re-check, Continue; `field-hidden` if the page hid
 * the field meanwhile).
 */
export function watchTypedLogin(): void {
  const field = findLoginField();
  if (!field) return;
  const fillChosen = async () => {
    const pending = await send({ type: 'getPendingSwitch' }).catch(() => null);
    if (pending) await completePendingSwitch(pending);
  };
  const chooser = createInlineChooser(field, () => void fillChosen());
  listenToChooserCommands((command) => chooser.command(command));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inspect = async () => {
    const result = await send({ type: 'inspectLogin', email: field.value }).catch(() => null);
    chooser.show(result ?? { kind: 'none' });
  };
  field.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void inspect(), 150);
  });
  field.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      chooser.focusFirst();
    } else if (event.key === 'Enter' && chooser.isTakingFocus()) {
      // Meant for the list, which has not got the focus yet: not a submit of the root email.
      event.preventDefault();
    }
  });
}

/** Presses the page's Continue/Next (a `<form>` or a script-driven button). */
export function pressContinue(field: HTMLInputElement): boolean {
  const page = collectPage();
  const at = advanceButtonIndex(page.facts);
  return press(at >= 0 ? page.elements.buttons[at]! : null, field);
}
