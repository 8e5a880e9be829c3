/** The hosts of Outreach mode: the sandbox's `*.localhost` ones and Outreach's real names. */

export interface OutreachOrigins {
  /** The app, `web.outreach.io`. */
  web: string;
  /** The current login page, `login.outreach.io`. */
  login: string;
  /** The legacy Devise login (`/users/sign_in`). */
  accounts: string;
  /** The SAML-style identity provider "Acme SSO". */
  idp: string;
}

/** Outreach's real host names, served by Playwright routing (and a made-up IdP under `.example`). */
export const REAL_OUTREACH: OutreachOrigins = {
  web: 'https://web.outreach.io',
  login: 'https://login.outreach.io',
  accounts: 'https://accounts.outreach.io',
  idp: 'https://idp.acme.example',
};

/** Older per-shard app hosts that serve the app too. */
export const REAL_SHARD_HOSTS = ['app1a.outreach.io', 'app2a.outreach.io', 'app1e.outreach.io'];

export const LOCAL_HOSTS = {
  web: 'web.outreach.localhost',
  login: 'login.outreach.localhost',
  accounts: 'accounts.outreach.localhost',
  idp: 'idp.localhost',
} as const;

/** The sandbox's Outreach-mode origins on a port. */
export function localOutreachOrigins(port: number): OutreachOrigins {
  return {
    web: `http://${LOCAL_HOSTS.web}:${port}`,
    login: `http://${LOCAL_HOSTS.login}:${port}`,
    accounts: `http://${LOCAL_HOSTS.accounts}:${port}`,
    idp: `http://${LOCAL_HOSTS.idp}:${port}`,
  };
}

export type HostRole = 'web' | 'login' | 'accounts' | 'idp';

/** Which role an origin plays; shard hosts count as `web`. */
export function hostRole(origins: OutreachOrigins, url: URL): HostRole | null {
  for (const role of ['web', 'login', 'accounts', 'idp'] as const) {
    if (new URL(origins[role]).origin === url.origin) return role;
  }
  if (url.protocol === 'https:' && REAL_SHARD_HOSTS.includes(url.hostname)) return 'web';
  return null;
}

/** Cookies are `Secure` on https origins. */
export function isSecure(origins: OutreachOrigins): boolean {
  return origins.web.startsWith('https:');
}
