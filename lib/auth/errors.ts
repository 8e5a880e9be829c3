/**
 * Typed sign-in failures, each with a sentence for people. Every `launchWebAuthFlow` failure maps
 * to one of these (see `fromWebAuthFlowError`).
 */
export type AuthErrorKind =
  | 'cancelled'
  | 'provider-down'
  | 'wrong-redirect'
  | 'timeout'
  | 'access-denied'
  | 'state-mismatch'
  | 'invalid-token'
  | 'not-root-email'
  | 'interrupted'
  | 'already-running'
  | 'refresh-failed'
  | 'not-signed-in';

const MESSAGES: Record<AuthErrorKind, string> = {
  cancelled: 'Sign-in was cancelled: the sign-in window was closed before it finished.',
  'provider-down': 'The sign-in server could not be reached. Check your connection and try again.',
  'wrong-redirect':
    'The sign-in server sent the browser to an unexpected address. Check the connection settings.',
  timeout: 'Sign-in took too long and was stopped. Try again.',
  'access-denied': 'The sign-in server refused access for this account.',
  'state-mismatch': 'The sign-in answer did not match the request, so it was ignored. Try again.',
  'invalid-token': 'The sign-in server sent an identity that could not be verified. Try again.',
  'not-root-email': 'The account you signed in with is not a usable root email.',
  interrupted: 'Sign-in was interrupted when the browser paused the extension. Sign in again.',
  'already-running': 'A sign-in window is still open. Finish or close it, then sign in again.',
  'refresh-failed': 'Your session has expired. Sign in again.',
  'not-signed-in': 'You are not signed in.',
};

export class AuthError extends Error {
  constructor(
    readonly kind: AuthErrorKind,
    message: string = MESSAGES[kind],
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/**
 * Maps the errors `identity.launchWebAuthFlow` rejects with to typed errors. Chrome reports them
 * as plain messages: https://developer.chrome.com/docs/extensions/reference/api/identity#method-launchWebAuthFlow
 */
export function fromWebAuthFlowError(error: unknown): AuthError {
  const text = error instanceof Error ? error.message : String(error);
  if (/only one web auth flow/i.test(text)) return new AuthError('already-running');
  if (/did not approve|user cancel|closed/i.test(text)) return new AuthError('cancelled');
  if (/could not be loaded|cannot be loaded|net::|network/i.test(text)) return new AuthError('provider-down');
  if (/timed? ?out|timeout/i.test(text)) return new AuthError('timeout');
  if (/redirect/i.test(text)) return new AuthError('wrong-redirect');
  return new AuthError('provider-down', `Sign-in failed: ${text}`);
}
