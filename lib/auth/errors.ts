/**
 * Typed sign-in failures, each with a sentence for people. Every `launchWebAuthFlow` failure maps
 * to one of these (see `fromWebAuthFlowError`); provider answers are mapped in
 * `lib/auth/provider-errors.ts`.
 */
export type AuthErrorKind =
  | 'cancelled'
  | 'provider-down'
  | 'provider-error'
  | 'temporarily-unavailable'
  | 'discovery-not-found'
  | 'discovery-not-openid'
  | 'issuer-mismatch'
  | 'wrong-redirect'
  | 'timeout'
  | 'access-denied'
  | 'authorization-error'
  | 'state-mismatch'
  | 'invalid-token'
  | 'invalid-grant'
  | 'invalid-client'
  | 'unsupported-token-type'
  | 'token-error'
  | 'not-root-email'
  | 'no-email'
  | 'email-unverified'
  | 'subject-changed'
  | 'interrupted'
  | 'already-running'
  | 'refresh-failed'
  | 'not-signed-in';

const MESSAGES: Record<AuthErrorKind, string> = {
  cancelled: 'Sign-in was cancelled: the sign-in window was closed before it finished.',
  'provider-down': 'The sign-in server could not be reached. Check your connection and try again.',
  'provider-error': 'The sign-in server had a problem of its own. Try again in a few minutes.',
  'temporarily-unavailable': 'The sign-in server is busy for the moment. Try again in a few minutes.',
  'discovery-not-found':
    'The sign-in server answered, but has no OpenID configuration at this issuer. Check the issuer URL in Connection.',
  'discovery-not-openid':
    'The address in Connection answered, but not as an OpenID provider. Check the issuer URL.',
  'issuer-mismatch':
    'The sign-in server calls itself by another issuer than the one in Connection. Use the issuer it names.',
  'wrong-redirect':
    'The sign-in server sent the browser to an unexpected address. Check the connection settings.',
  timeout: 'Sign-in took too long and was stopped. Try again.',
  'access-denied': 'The sign-in server refused access for this account.',
  'authorization-error': 'The sign-in server refused the sign-in request.',
  'state-mismatch': 'The sign-in answer did not match the request, so it was ignored. Try again.',
  'invalid-token': 'The sign-in server sent an identity that could not be verified. Try again.',
  'invalid-grant':
    'The sign-in server no longer accepts this sign-in (the code or session expired or was used). Sign in again.',
  'invalid-client':
    'The sign-in server does not know this extension’s client id, or refuses it. Check the client id in Connection.',
  'unsupported-token-type':
    'The sign-in server issued a kind of token this extension cannot use (only Bearer tokens are supported).',
  'token-error': 'The sign-in server refused to issue tokens.',
  'not-root-email': 'The account you signed in with is not a usable root email.',
  'no-email':
    'The sign-in server did not say which email address you signed in with (no email in the ID token or at userinfo). Ask IT to release the email claim to this client.',
  'email-unverified':
    'The sign-in server does not vouch for this email address (email_verified is missing or false), so it cannot be used as the root email.',
  'subject-changed':
    'The sign-in server now reports a different account than the one signed in. Sign in again.',
  interrupted: 'Sign-in was interrupted when the browser paused the extension. Sign in again.',
  'already-running': 'A sign-in window is still open. Finish or close it, then sign in again.',
  'refresh-failed': 'Your session has expired. Sign in again.',
  'not-signed-in': 'You are not signed in.',
};

/** Kinds that say nothing about the tokens themselves: keep them and try again later. */
export const TRANSIENT_KINDS: ReadonlySet<AuthErrorKind> = new Set([
  'provider-down',
  'provider-error',
  'temporarily-unavailable',
]);

export class AuthError extends Error {
  constructor(
    readonly kind: AuthErrorKind,
    message: string = MESSAGES[kind],
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** The standard sentence for a kind (the message an `AuthError` of that kind gets by default). */
export function authMessage(kind: AuthErrorKind): string {
  return MESSAGES[kind];
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
