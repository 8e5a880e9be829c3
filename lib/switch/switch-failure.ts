import type { MessageKey } from '../i18n/t';
import type { SwitchFailure, UiError } from '../messaging/protocol';
import type { Translate } from '../options/translate';
import type { PendingSwitch } from './pending-switches';

const FAILURE_WORDS: Record<SwitchFailure, MessageKey> = {
  'no-form': 'switchFailedNoForm',
  'login-returned': 'switchFailedLoginReturned',
  'no-continue': 'switchFailedNoContinue',
  'org-not-offered': 'switchFailedOrgNotOffered',
  'not-understood': 'switchFailedNotUnderstood',
  'wrong-org': 'switchFailedWrongOrg',
  'field-hidden': 'switchFailedFieldHidden',
  unconfirmed: 'switchUnconfirmed',
};

/**
 * What a stopped switch says in the popup: what could not be found, and what to do by hand.
 * Background words from `_locales`; the popup shows them as they are.
 */
export function switchFailure(
  pending: Pick<PendingSwitch, 'loginEmail' | 'orgName'>,
  reason: SwitchFailure | undefined,
  words: Translate,
): UiError {
  const kind = reason === 'unconfirmed' ? 'switch-unconfirmed' : 'switch-failed';
  return { kind, message: words(FAILURE_WORDS[reason ?? 'no-form'], [pending.loginEmail, pending.orgName]) };
}
