import { checkInstanceUrl, hostMatches } from '../connection/instance-url';
import { CustomConnectionSchema } from '../connection/connection-settings';
import type { CustomConnection } from '../connection/connection-settings';
import { t as i18n } from '../i18n/t';
import { issueWords } from './issue-words';
import type { Translate } from './translate';

/** The custom connection's fields as typed; allowed hosts one a line. */
export interface ConnectionForm {
  issuer: string;
  clientId: string;
  directoryUrl: string;
  allowedHosts: string;
  appUrl: string;
  loginUrl: string;
}
export type ConnectionField = keyof ConnectionForm;

export type ConnectionCheck =
  | { ok: true; value: CustomConnection; origins: string[] }
  | { ok: false; errors: Partial<Record<ConnectionField, string>> };

const LABEL_KEYS: Record<ConnectionField, Parameters<Translate>[0]> = {
  issuer: 'optionsIssuerLabel',
  clientId: 'optionsClientIdLabel',
  directoryUrl: 'optionsDirectoryUrlLabel',
  allowedHosts: 'optionsAllowedHostsLabel',
  appUrl: 'optionsAppUrlLabel',
  loginUrl: 'optionsLoginUrlLabel',
};

function hostOf(text: string): string {
  try {
    return new URL(text.trim()).hostname;
  } catch {
    return '';
  }
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isLocalhost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

/** Why an allowed-host line is wrong, or `null` when it is a host name or `*.` wildcard. */
export function allowedHostProblem(line: string, t: Translate = i18n): string | null {
  if (/[:/]/.test(line)) return t('optionsHostNotBare', line);
  const wildcard = line.startsWith('*.');
  const name = wildcard ? line.slice(2) : line;
  if (name.includes('*')) return t('optionsHostStarPlace', line);
  const labels = name.toLowerCase().split('.');
  if (!labels.every((label) => LABEL.test(label))) return t('optionsHostInvalid', line);
  if (wildcard && labels.length < 2 && !isLocalhost(name)) return t('optionsHostWholeTld', line);
  return null;
}

/** Issuer rule: an absolute `https:` URL (`http:` only for localhost) without query or fragment. */
export function issuerProblem(text: string, t: Translate = i18n): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('optionsIssuerNotUrl', text);
  }
  if (url.protocol === 'http:' && !isLocalhost(url.hostname)) return t('optionsIssuerHttp', url.host);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('optionsIssuerScheme', url.protocol);
  if (url.username || url.password) return t('optionsIssuerCredentials');
  if (url.search || url.hash) return t('optionsIssuerQuery');
  return null;
}

function hostsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|,/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '');
}

/** Match patterns the custom connection needs: its allowed hosts and its issuer's host. */
export function originsFor(value: CustomConnection): string[] {
  const patterns = value.allowedHosts.map((host) => {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    return `${isLocalhost(bare) ? 'http' : 'https'}://${host}/*`;
  });
  const issuer = new URL(value.issuer);
  const coversIssuer = value.allowedHosts.some((host) => hostMatches(issuer.hostname, host));
  if (!coversIssuer) patterns.push(`${issuer.protocol}//${issuer.hostname}/*`);
  return patterns;
}

/**
 * Validate the custom connection before it is saved: every field gets its own plain-words
 * error, and a bad URL says what is wrong with it. Instance and directory URLs must stay inside
 * the allowed hosts (the instance-URL rule of the design brief).
 */
export function checkConnectionForm(form: ConnectionForm, t: Translate = i18n): ConnectionCheck {
  const errors: Partial<Record<ConnectionField, string>> = {};
  const value: CustomConnection = {
    issuer: form.issuer.trim(),
    clientId: form.clientId.trim(),
    directoryUrl: form.directoryUrl.trim(),
    allowedHosts: hostsOf(form.allowedHosts),
    appUrl: form.appUrl.trim(),
    loginUrl: form.loginUrl.trim(),
  };
  const required = (field: ConnectionField) => t('optionsFieldRequired', t(LABEL_KEYS[field]));
  errors.issuer = value.issuer === '' ? required('issuer') : (issuerProblem(value.issuer, t) ?? undefined);
  if (value.clientId === '') errors.clientId = required('clientId');
  else if (/\s/.test(value.clientId)) errors.clientId = t('optionsClientIdSpaces');
  const hostProblems = value.allowedHosts
    .map((line) => allowedHostProblem(line, t))
    .filter((problem) => problem !== null);
  if (value.allowedHosts.length === 0) errors.allowedHosts = t('optionsHostsEmpty');
  else if (hostProblems.length > 0) errors.allowedHosts = hostProblems.join(' ');
  const hostsOk = !errors.allowedHosts;
  for (const field of ['directoryUrl', 'appUrl', 'loginUrl'] as const) {
    if (value[field] === '') {
      if (field !== 'directoryUrl') errors[field] = required(field);
      continue;
    }
    // A bad URL is reported whatever the hosts; the host rule only once the hosts are right.
    const checked = checkInstanceUrl(value[field], hostsOk ? value.allowedHosts : [hostOf(value[field])]);
    if (!checked.ok) errors[field] = checked.message;
  }
  for (const issue of CustomConnectionSchema.safeParse(value).error?.issues ?? []) {
    const field = issue.path[0] as ConnectionField;
    if (errors[field] || issue.code !== 'too_big') continue;
    errors[field] = issueWords(issue, t(LABEL_KEYS[field]), value, t);
  }
  const found = Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
  if (Object.keys(found).length > 0) return { ok: false, errors: found };
  return { ok: true, value, origins: originsFor(value) };
}

/**
 * Host permissions a connection change gives back: the old custom connection's origins the new
 * one does not need (built-in profiles need none beyond the manifest's).
 */
export function originsToRemove(
  before: { profile: string; custom: CustomConnection | null } | null,
  after: { profile: string; custom: CustomConnection | null } | null,
): string[] {
  const of = (settings: typeof before) =>
    settings?.profile === 'custom' && settings.custom ? originsFor(settings.custom) : [];
  const kept = new Set(of(after));
  return of(before).filter((origin) => !kept.has(origin));
}

/** Whether "Advanced" (the connection) starts open: closed for the Outreach profile unless linked to. */
export function isAdvancedOpenAtStart(profileId: string, hash: string): boolean {
  return profileId !== 'outreach' || hash === '#connection' || hash === '#advanced';
}
