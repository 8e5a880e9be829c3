import type { ChooserOrg, PendingSwitchView } from '../messaging/protocol';
import { send } from '../messaging/send';
import { createInlineChooser } from './inline-chooser';
import type { InlineChooser } from './inline-chooser';
import { fillField, findLoginField, submitField, waitForLoginField } from './login-form';
import { pickOrgInSelectionWindow } from './selection-window';

/** How long a login page may take to show its form before the switch is reported failed. */
export const FORM_TIMEOUT_MS = 10_000;

/**
 * A switch in progress in this tab: fill the alias on the login page and press Next, or, once the
 * app shows (no login form), report that the switch landed.
 */
export async function completePendingSwitch(pending: PendingSwitchView): Promise<void> {
  const isLoginPage = pending.isLoginOrigin && location.href.startsWith(pending.loginUrl);
  const field = pending.isLoginOrigin ? await waitForLoginField(isLoginPage ? FORM_TIMEOUT_MS : 0) : null;
  if (!field && !isLoginPage && pickOrgInSelectionWindow(pending.orgId, pending.orgName)) return;
  if (!field) {
    await send(
      isLoginPage
        ? { type: 'reportSwitch', outcome: 'failed', reason: 'no-form' }
        : { type: 'reportSwitch', outcome: 'landed' },
    );
    return;
  }
  if (!pending.shouldFill) {
    await send({ type: 'reportSwitch', outcome: 'failed', reason: 'login-returned' });
    return;
  }
  await signInAs(field, pending.loginEmail);
}

async function signInAs(field: HTMLInputElement, loginEmail: string): Promise<void> {
  fillField(field, loginEmail);
  await send({ type: 'reportSwitch', outcome: 'filled' });
  submitField(field);
}

/**
 * A person typing on the login page: for the group's root email, offer the org chooser; for a login
 * that breaks the `+` rule, show the rule's message. Only trusted (real) input counts.
 */
export function watchTypedLogin(): void {
  const field = findLoginField();
  if (!field) return;
  let chooser: InlineChooser | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const choose = async (org: ChooserOrg) => {
    chooser?.hide();
    const { loginEmail } = await send({ type: 'chooseOrg', orgId: org.orgId });
    await signInAs(field, loginEmail);
  };
  const inspect = async () => {
    const result = await send({ type: 'inspectLogin', email: field.value }).catch(() => null);
    chooser ??= createInlineChooser(field);
    if (result?.kind === 'root') chooser.showOrgs(result.orgs, (org) => void choose(org));
    else if (result?.kind === 'invalid') chooser.showMessage(result.message);
    else chooser.hide();
  };
  field.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void inspect(), 150);
  });
  field.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'ArrowDown' && chooser) {
      event.preventDefault();
      chooser.focusFirst();
    }
  });
}
