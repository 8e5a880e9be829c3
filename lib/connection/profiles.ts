/**
 * Built-in connection profiles. Pure data with no browser APIs, so the build
 * (`wxt.config.ts`) and the extension share one source for host permissions and
 * content-script matches.
 */

export type ProfileId = 'sandbox' | 'outreach' | 'custom';

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

/** Real Outreach: no public directory exists, so the manual source is the default. */
export const OUTREACH_PROFILE: ConnectionProfile = {
  id: 'outreach',
  issuer: 'https://accounts.outreach.io',
  clientId: 'cross-instance-sign-in',
  directoryUrl: '',
  allowedHosts: ['*.outreach.io'],
  appUrl: 'https://web.outreach.io/',
  loginUrl: 'https://accounts.outreach.io/users/sign_in',
  defaultSource: 'manual',
};

/** Match patterns (host permissions) for a profile's allowed hosts. */
export function hostPatterns(profile: ConnectionProfile): string[] {
  const scheme = profile.id === 'sandbox' ? 'http' : 'https';
  return profile.allowedHosts.map((host) => `${scheme}://${host}/*`);
}
