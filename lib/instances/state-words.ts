/**
 * The words for each role and request state, the popup's and the options page's alike: a title,
 * a sentence, and a tone. One source, so Bob (signed in, not an admin) is never told to sign in
 * and Carol (request filed) never told to write the request. Pure: the caller translates.
 */
import type { MessageKey } from '../i18n/t';
import type { StateSnapshot } from '../messaging/protocol';

export interface StateWords {
  title: MessageKey;
  /** `null` when the state's own error message is the sentence. */
  body: MessageKey | null;
  /** Substitutions for `body` (the root email for "not an admin"). */
  bodyArgs?: string[];
  tone: 'info' | 'warning' | 'error';
}

/** What the words depend on: the popup's compact state and the options page's full one alike. */
type StateFacts = Pick<StateSnapshot, 'phase' | 'signInKind' | 'rootEmail' | 'source'> & {
  group: Pick<NonNullable<StateSnapshot['group']>, 'rootEmail' | 'crossInstanceSso'> | null;
};

const isPages = (state: StateFacts) => state.signInKind === 'outreach-pages';

/**
 * What a state says when there is no usable list to show, or `null` when the list says it all
 * (`ready`, or an offer the popup shows itself).
 */
export function stateWords(state: StateFacts): StateWords | null {
  switch (state.phase) {
    case 'signed-out':
      return {
        title: 'stateSignedOutTitle',
        body: isPages(state) ? 'statePagesSignedOutBody' : 'stateSignedOutBody',
        tone: 'info',
      };
    case 'signing-in':
      return {
        title: 'stateSigningInTitle',
        body: isPages(state) ? 'statePagesSigningInBody' : 'stateSigningInBody',
        tone: 'info',
      };
    case 'not-admin':
      return {
        title: 'stateNotAdminTitle',
        body: 'stateNotAdminBody',
        bodyArgs: [state.rootEmail ?? state.group?.rootEmail ?? ''],
        tone: 'warning',
      };
    case 'not-enabled':
      return state.group?.crossInstanceSso === 'requested'
        ? { title: 'stateRequestedTitle', body: 'stateRequestedBody', tone: 'info' }
        : { title: 'stateNotEnabledTitle', body: 'stateNotEnabledBody', tone: 'warning' };
    case 'session-expired':
      return { title: 'stateExpiredTitle', body: 'stateExpiredNoListBody', tone: 'warning' };
    case 'empty':
      return state.source === 'manual'
        ? { title: 'stateEmptyTitle', body: 'stateEmptyManualBody', tone: 'info' }
        : { title: 'stateEmptyTitle', body: 'stateEmptyBody', tone: 'info' };
    case 'error':
      return { title: 'stateErrorTitle', body: null, tone: 'error' };
    default:
      return null;
  }
}
