/**
 * Who signed in: the email from the ID token, else from userinfo (OpenID Connect Core §5.4 lets a
 * provider release `email` only there), under one explicit `email_verified` policy.
 *
 * Policy: an email is used only when the same source says `email_verified: true` (the boolean,
 * or the string "true" some providers send). A missing `email_verified` is *not verified*: the
 * extension fills that address into Outreach logins, so it must be one the provider vouches for.
 */
import * as oauth from 'oauth4webapi';
import { AuthError } from './errors';
import { requestOptions } from './discovery';
import type { DiscoveryConfig } from './discovery';

export interface Identity {
  email: string;
  subject: string;
}

interface EmailClaims {
  email?: unknown;
  email_verified?: unknown;
}

/** Whether claims carry an email the provider vouches for (see the policy above). */
export function isVerified(claims: EmailClaims): boolean {
  return claims.email_verified === true || claims.email_verified === 'true';
}

function fromClaims(claims: EmailClaims): { email: string; isVerified: boolean } | null {
  return typeof claims.email === 'string' && claims.email !== ''
    ? { email: claims.email, isVerified: isVerified(claims) }
    : null;
}

/**
 * The signed-in identity from a validated ID token's claims, asking userinfo (with the access
 * token, `sub` checked by oauth4webapi) when the ID token has no email.
 */
export async function resolveIdentity(
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  config: DiscoveryConfig,
  idClaims: oauth.IDToken,
  accessToken: string,
): Promise<Identity> {
  let found = fromClaims(idClaims as EmailClaims);
  if (!found && as.userinfo_endpoint) {
    try {
      const response = await oauth.userInfoRequest(as, client, accessToken, requestOptions(config));
      found = fromClaims(
        (await oauth.processUserInfoResponse(as, client, idClaims.sub, response)) as EmailClaims,
      );
    } catch {
      throw new AuthError('no-email');
    }
  }
  if (!found) throw new AuthError('no-email');
  if (!found.isVerified) throw new AuthError('email-unverified');
  return { email: found.email, subject: idClaims.sub };
}
