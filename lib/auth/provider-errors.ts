/**
 * What an OpenID provider's error answers mean, in words: authorization errors by their `error`
 * code (RFC 6749 §4.1.2.1, OpenID Connect Core §3.1.2.6) with the provider's own
 * `error_description`, and token-endpoint errors (RFC 6749 §5.2) told apart.
 */
import * as oauth from 'oauth4webapi';
import { AuthError, authMessage } from './errors';

const MAX_DESCRIPTION = 200;
// Control, zero-width and bidi-control characters: a provider's text must not reorder or hide ours.
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The provider's `error_description`, made safe to show: no control characters, cut to length. */
export function providerDescription(text: unknown): string {
  if (typeof text !== 'string') return '';
  const clean = text.replace(UNSHOWABLE, ' ').trim();
  return clean.length > MAX_DESCRIPTION ? `${clean.slice(0, MAX_DESCRIPTION - 1)}…` : clean;
}

function withDescription(message: string, description: unknown): string {
  const said = providerDescription(description);
  return said ? `${message} The server said: “${said}”` : message;
}

const AUTHORIZATION_WORDS: Record<string, string> = {
  access_denied: 'The sign-in server refused access for this account.',
  login_required: 'The sign-in server needs you to sign in on its page; sign in again.',
  interaction_required: 'The sign-in server needs you to answer on its page; sign in again.',
  consent_required: 'The sign-in server needs your consent for this extension; sign in again and allow it.',
  account_selection_required: 'The sign-in server needs you to choose an account; sign in again.',
  invalid_scope: 'The sign-in server does not offer what the extension asks for (scope). Ask IT to allow it.',
  unauthorized_client:
    'The sign-in server does not allow this client id to sign in this way. Check the client id in Connection.',
  invalid_request:
    'The sign-in server refused the request as malformed; check the client id and its registered redirect URI.',
  unsupported_response_type:
    'The sign-in server does not support the authorization code flow for this client.',
  server_error: 'The sign-in server had a problem of its own. Try again in a few minutes.',
  temporarily_unavailable: 'The sign-in server is busy for the moment. Try again in a few minutes.',
};

/** An authorization-endpoint error (`?error=…` on the redirect) as an `AuthError`. */
export function authorizationError(code: string, description: unknown): AuthError {
  const kind =
    code === 'access_denied'
      ? 'access-denied'
      : code === 'temporarily_unavailable'
        ? 'temporarily-unavailable'
        : 'authorization-error';
  const words =
    AUTHORIZATION_WORDS[code] ??
    `The sign-in server refused the sign-in request (${providerDescription(code) || 'no reason given'}).`;
  return new AuthError(kind, withDescription(words, description));
}

function statusOf(error: unknown): number | null {
  if (error instanceof oauth.ResponseBodyError) return error.status;
  if (error instanceof oauth.WWWAuthenticateChallengeError) return error.status;
  const cause = (error as { cause?: unknown })?.cause;
  return cause instanceof Response ? cause.status : null;
}

function fromBodyError(error: oauth.ResponseBodyError | oauth.WWWAuthenticateChallengeError): AuthError {
  const code = error instanceof oauth.ResponseBodyError ? error.error : error.cause[0]?.parameters.error;
  const description =
    error instanceof oauth.ResponseBodyError
      ? error.error_description
      : error.cause[0]?.parameters.error_description;
  if (code === 'invalid_grant')
    return new AuthError('invalid-grant', withDescription(authMessage('invalid-grant'), description));
  if (code === 'invalid_client' || code === 'unauthorized_client' || error.status === 401)
    return new AuthError('invalid-client', withDescription(authMessage('invalid-client'), description));
  if (code === 'temporarily_unavailable') return new AuthError('temporarily-unavailable');
  if (error.status >= 500) return new AuthError('provider-error');
  const words = `${authMessage('token-error')} (${providerDescription(code) || `HTTP ${error.status}`})`;
  return new AuthError('token-error', withDescription(words, description));
}

/**
 * A failure while processing a token-endpoint answer as an `AuthError`: `invalid_grant`,
 * `invalid_client` (and 401), `temporarily_unavailable`, 5xx, an unknown `token_type`, and an ID
 * token that does not validate, each with its own kind.
 */
export function tokenEndpointError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError)
    return fromBodyError(error);
  if (error instanceof oauth.UnsupportedOperationError && /token_type/.test(error.message)) {
    const type = (error.cause as { body?: { token_type?: unknown } } | undefined)?.body?.token_type;
    return new AuthError(
      'unsupported-token-type',
      `${authMessage('unsupported-token-type')} It sent “${providerDescription(type) || 'an unnamed type'}”.`,
    );
  }
  const status = statusOf(error);
  if (status !== null && status >= 500) return new AuthError('provider-error');
  if (status !== null) return new AuthError('token-error', `${authMessage('token-error')} (HTTP ${status})`);
  const detail = error instanceof Error ? providerDescription(error.message) : '';
  return new AuthError('invalid-token', `${authMessage('invalid-token')}${detail ? ` (${detail})` : ''}`);
}
