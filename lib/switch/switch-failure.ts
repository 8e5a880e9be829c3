import type { SwitchFailure, UiError } from '../messaging/protocol';
import type { PendingSwitch } from './pending-switches';

/**
 * What a stopped switch says in the popup: what could not be found, and what to do by hand.
 * Background words; the popup shows them as they are.
 */
export function switchFailure(
  pending: Pick<PendingSwitch, 'loginEmail' | 'orgName'>,
  reason: SwitchFailure | undefined,
): UiError {
  const { loginEmail: login, orgName: org } = pending;
  const messages: Record<SwitchFailure, string> = {
    'no-form': `The login page did not show its sign-in form within 10 seconds, so ${login} was not filled in. Type it on the login page yourself.`,
    'login-returned': `Signing in as ${login} did not go through: the login page came back. Sign in by hand on that page.`,
    'no-continue': `${login} was filled in, but the page has no Continue or Next button the extension could find. Press it yourself.`,
    'org-not-offered': `Outreach's selection window does not offer ${org}. Pick it yourself, or refresh your list of orgs.`,
    'not-understood': `The page did not look like Outreach's sign-in or selection window, so the switch to ${org} stopped. Finish it by hand.`,
    'wrong-org': `Outreach opened another org instead of ${org}. Open ${org} from the list again, or pick it by hand.`,
    'field-hidden': `The login page hid or covered its email field while ${login} was being filled in, so it was cleared and nothing was sent. Sign in by hand on that page if you trust it.`,
    unconfirmed: `Outreach opened, but the page does not show which org it is, so the switch to ${org} is not confirmed. Check the org name before you work.`,
  };
  const kind = reason === 'unconfirmed' ? 'switch-unconfirmed' : 'switch-failed';
  return { kind, message: messages[reason ?? 'no-form'] };
}
