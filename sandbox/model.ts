/** Queries over the seed, and the sandbox's fixed names (hosts, clients, the extension). */
import { GECKO_ID } from '../lib/browser/gecko';
import type { DomainAuth, InstanceGroup, Login, Org, Seed } from './fixtures';
import { firefoxRedirectUri } from './oidc-client';

export const EXTENSION_ID = 'fcgiacanfdgilcaoaonlcibfipgckioc';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
export const EXTENSION_REDIRECT_URI = `https://${EXTENSION_ID}.chromiumapp.org/`;
/** Firefox's redirect URL for the add-on, derived from its gecko id as Firefox derives it. */
export const FIREFOX_REDIRECT_URI = firefoxRedirectUri(GECKO_ID);
export const EXTENSION_CLIENT_ID = 'cross-instance-sign-in';
export const EXTENSION_SCOPES = 'openid email profile offline_access cross_instance:read';

/** The Outreach app as a confidential client of the accounts server. */
export const APP_CLIENT_ID = 'outreach-app';
/** The accounts server as a confidential client of the IdP. */
export const ACCOUNTS_AT_IDP_CLIENT_ID = 'outreach-accounts';

export const HOSTS = {
  app: 'app.outreach.localhost',
  accounts: 'accounts.outreach.localhost',
  api: 'api.outreach.localhost',
  idp: 'idp.localhost',
  evil: 'evil.localhost',
  evilOutreach: 'evil.outreach.localhost',
} as const;

/** Origins (`http://host:port`) of the sandbox's hosts on a port. */
export function origins(port: number) {
  const origin = (host: string) => `http://${host}:${port}`;
  return {
    app: origin(HOSTS.app),
    accounts: origin(HOSTS.accounts),
    api: origin(HOSTS.api),
    idp: origin(HOSTS.idp),
    evil: origin(HOSTS.evil),
    evilOutreach: origin(HOSTS.evilOutreach),
  };
}
export type Origins = ReturnType<typeof origins>;

/** Splits `local+tag@domain`; only `+` separates a tag. */
export function parseEmail(email: string): { local: string; tag: string | null; domain: string } | null {
  const match = /^([^@+\s]+)(?:\+([^@\s]+))?@([^@\s]+)$/.exec(email.trim().toLowerCase());
  if (!match) return null;
  return { local: match[1]!, tag: match[2] ?? null, domain: match[3]! };
}

/** The root email of a login: `jane.doe+staging@acme.test` → `jane.doe@acme.test`. */
export function rootOf(email: string): string | null {
  const parsed = parseEmail(email);
  return parsed ? `${parsed.local}@${parsed.domain}` : null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class Directory {
  constructor(readonly seed: Seed) {}

  login(email: string): Login | undefined {
    const wanted = normalizeEmail(email);
    return this.seed.logins.find((login) => login.email === wanted);
  }

  org(orgId: string): Org | undefined {
    return this.seed.orgs.find((org) => org.orgId === orgId);
  }

  /** How a login authenticates, by its domain; undefined for unknown domains. */
  authFor(email: string): DomainAuth | undefined {
    const parsed = parseEmail(email);
    return parsed ? this.seed.domains[parsed.domain] : undefined;
  }

  /** Password check at the accounts server: the login's own password, else its root's. */
  checkPassword(email: string, password: string): boolean {
    const login = normalizeEmail(email);
    const expected = this.seed.passwords[login] ?? this.seed.passwords[rootOf(login) ?? ''];
    return expected !== undefined && expected === password;
  }

  /** The group a login belongs to (as a member login or as the root). */
  groupOf(email: string): InstanceGroup | undefined {
    const wanted = normalizeEmail(email);
    return this.seed.groups.find(
      (group) => group.rootEmail === wanted || group.members.some((m) => m.loginEmail === wanted),
    );
  }

  /** The group whose root is this email, when the login is an admin's (selection-window candidates). */
  groupRootedAt(email: string): InstanceGroup | undefined {
    const wanted = normalizeEmail(email);
    return this.seed.groups.find((group) => group.rootEmail === wanted);
  }

  /** Members of a group that the cross-instance rule links: the root itself and its `+` aliases. */
  linkedMembers(group: InstanceGroup): InstanceGroup['members'] {
    return group.members.filter((member) => rootOf(member.loginEmail) === group.rootEmail);
  }
}
