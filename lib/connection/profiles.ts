/**
 * Built-in connection profiles. Pure data with no browser APIs, so the build
 * (`wxt.config.ts`) and the extension share one source for host permissions and
 * content-script matches.
 */

export type ProfileId = 'sandbox' | 'outreach' | 'custom';

/**
 * How the root email signs in: `openid` (an OpenID provider and a directory, for deployments that
 * have both, and the sandbox's default mode) or `outreach-pages` (Outreach's own login page in a tab,
 * and the list read from its selection window: what works with real Outreach).
 */
export type SignInKind = 'openid' | 'outreach-pages';

export interface ConnectionProfile {
  id: ProfileId;
  /** OpenID issuer of the Outreach authorization server. */
  issuer: string;
  clientId: string;
  /** Instance directory; empty when the profile uses the manual source by default. */
  directoryUrl: string;
  /** Host names (exact, or `*.` wildcards) instance URLs must stay inside. */
  allowedHosts: string[];
  /** Default app and login URLs for instances added by hand (the manual source). */
  appUrl: string;
  loginUrl: string;
  /** Where the instance list comes from by default. */
  defaultSource: 'directory' | 'manual';
  /** How the root email signs in; `openid` when absent. */
  signInKind?: SignInKind;
  /**
   * Exact origins of every login page (the login host and its legacy host). A pending switch follows
   * its tab across them; the alias is filled on no other origin. Absent: the origin of `loginUrl`.
   */
  loginOrigins?: string[];
  /** Hosts an org's app may live on (exact names); absent: any allowed host. */
  appHosts?: string[];
}

export const DEFAULT_SANDBOX_PORT = 8790;

/** The local sandbox (`npm run sandbox`): every host is a `*.localhost` name on one port. */
export function sandboxProfile(port: number = DEFAULT_SANDBOX_PORT): ConnectionProfile {
  return {
    id: 'sandbox',
    issuer: `http://accounts.outreach.localhost:${port}`,
    clientId: 'cross-instance-sign-in',
    directoryUrl: `http://api.outreach.localhost:${port}/cross-instance/v1/instance-group`,
    allowedHosts: ['*.outreach.localhost'],
    appUrl: `http://app.outreach.localhost:${port}/`,
    loginUrl: `http://app.outreach.localhost:${port}/login`,
    defaultSource: 'directory',
  };
}

/**
 * The Outreach-shaped sandbox (`wxt build --mode outreach-sandbox`): the same hosts as real Outreach
 * under `*.outreach.localhost`, signed in on its pages, with no directory and no OpenID client.
 */
export function outreachSandboxProfile(port: number = DEFAULT_SANDBOX_PORT): ConnectionProfile {
  const host = (name: string) => `http://${name}.outreach.localhost:${port}`;
  return {
    id: 'sandbox',
    issuer: '',
    clientId: '',
    directoryUrl: '',
    allowedHosts: ['*.outreach.localhost'],
    appUrl: `${host('web')}/`,
    loginUrl: `${host('login')}/`,
    defaultSource: 'manual',
    signInKind: 'outreach-pages',
    loginOrigins: [host('login'), host('accounts')],
    appHosts: ['web', 'app1a', 'app2a', 'app1e'].map((name) => `${name}.outreach.localhost`),
  };
}

/**
 * Real Outreach (OUTREACH-FACTS.md): no OpenID client and no directory exist, so the root signs in
 * on Outreach's own pages and the list comes from its selection window or is entered by hand.
 * `login.outreach.io` is the current login host, `accounts.outreach.io/users/sign_in` the legacy
 * page; apps live on `web.outreach.io` and the older shard hosts, never `app.outreach.io`.
 */
export const OUTREACH_PROFILE: ConnectionProfile = {
  id: 'outreach',
  issuer: '',
  clientId: '',
  directoryUrl: '',
  allowedHosts: ['*.outreach.io'],
  appUrl: 'https://web.outreach.io/',
  loginUrl: 'https://login.outreach.io/',
  defaultSource: 'manual',
  signInKind: 'outreach-pages',
  loginOrigins: ['https://login.outreach.io', 'https://accounts.outreach.io'],
  appHosts: ['web.outreach.io', 'app1a.outreach.io', 'app2a.outreach.io', 'app1e.outreach.io'],
};

/** The profile a build mode targets: `sandbox`, `outreach-sandbox`, or a store build (Outreach). */
export function profileForMode(mode: string | undefined, port: number): ConnectionProfile {
  if (mode === 'sandbox') return sandboxProfile(port);
  if (mode === 'outreach-sandbox') return outreachSandboxProfile(port);
  return OUTREACH_PROFILE;
}

/** Whether a build mode is a local (sandbox) build: development key, `http:` localhost hosts. */
export const isSandboxMode = (mode: string | undefined) => mode === 'sandbox' || mode === 'outreach-sandbox';

/** How a profile's root email signs in. */
export const signInKindOf = (profile: ConnectionProfile): SignInKind => profile.signInKind ?? 'openid';

/** The exact login origins of a profile (its `loginUrl`'s origin when it names none). */
export function loginOriginsOf(profile: Pick<ConnectionProfile, 'loginUrl' | 'loginOrigins'>): string[] {
  if (profile.loginOrigins?.length) return [...profile.loginOrigins];
  try {
    return [new URL(profile.loginUrl).origin];
  } catch {
    return [];
  }
}

/** Match patterns (host permissions) for a profile's allowed hosts. */
export function hostPatterns(profile: ConnectionProfile): string[] {
  const scheme = profile.id === 'sandbox' ? 'http' : 'https';
  return profile.allowedHosts.map((host) => `${scheme}://${host}/*`);
}
