/** Server-side, in-memory state of one Outreach world (lost on restart, like the rest of the sandbox). */
import { randomBytes } from 'node:crypto';

/** A sign-in in progress at the login (or accounts) host, keyed by the `outreach_login` cookie. */
export interface LoginTransaction {
  id: string;
  email: string;
  /** Set once the password or the IdP's answer was accepted. */
  authenticated: boolean;
  /** The id of the SAML request sent to the IdP, matched by the ACS. */
  samlRequestId?: string;
}

/** An app session at the web host, keyed by the `outreach_session` cookie. */
export interface AppSession {
  login: string;
  orgId: string;
}

export function randomId(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

export class OutreachState {
  readonly transactions = new Map<string, LoginTransaction>();
  readonly sessions = new Map<string, AppSession>();
  /** IdP sessions: cookie value → the person's root email. */
  readonly idpSessions = new Map<string, string>();
  /** One-time codes handing a finished sign-in from the login host to the web host. */
  private readonly codes = new Map<string, AppSession>();
  /** Secret for the IdP's signature on its SAML-style responses. */
  readonly samlKey = randomBytes(32);

  startTransaction(email: string): LoginTransaction {
    const txn: LoginTransaction = { id: randomId(), email, authenticated: false };
    this.transactions.set(txn.id, txn);
    return txn;
  }

  issueCode(session: AppSession): string {
    const code = randomId();
    this.codes.set(code, session);
    return code;
  }

  redeemCode(code: string): AppSession | undefined {
    const session = this.codes.get(code);
    this.codes.delete(code);
    return session;
  }

  openSession(session: AppSession): string {
    const id = randomId(24);
    this.sessions.set(id, session);
    return id;
  }
}
