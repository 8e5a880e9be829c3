/**
 * What says which org a page is: the in-page marker, the tinted favicon and the toolbar badge.
 * Pure, so the background, the content script and the tests agree.
 */
import type { Environment, Instance } from '../directory/schema';

/** One colour per environment; production is red, so it stands out everywhere. */
export const ENVIRONMENT_COLOURS: Readonly<Record<Environment, string>> = {
  production: '#c62828',
  staging: '#a15c00',
  test: '#1565c0',
  sandbox: '#6a1b9a',
  development: '#2e7d32',
};

/** What the content script needs to mark a page (no URLs, no login). */
export interface OrgMarkerView {
  name: string;
  environment: Environment;
  colour: string;
  /** The short tag the badge shows, e.g. `PROD`, `STAG`. */
  tag: string;
  showMarker: boolean;
  showFavicon: boolean;
}

/**
 * The badge's short tag: the org's `+` tag (the root login has none: `PROD` for production, else
 * the environment), upper case, at most four characters (Chrome shows about four).
 */
export function shortTag(org: Pick<Instance, 'tag' | 'environment'>): string {
  const raw = org.tag || (org.environment === 'production' ? 'prod' : org.environment);
  return raw
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, 4)
    .toUpperCase();
}

/** The marker view of `org`, with what the settings allow. */
export function markerView(
  org: Pick<Instance, 'name' | 'tag' | 'environment'>,
  show: { marker: boolean; favicon: boolean },
): OrgMarkerView {
  return {
    name: org.name,
    environment: org.environment,
    colour: ENVIRONMENT_COLOURS[org.environment],
    tag: shortTag(org),
    showMarker: show.marker,
    showFavicon: show.favicon,
  };
}

/** A favicon in the environment's colour: a rounded square with the tag's first letter. */
export function faviconDataUrl(colour: string, tag: string): string {
  const letter = (tag[0] ?? '').replace(/[^A-Z0-9]/g, '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${colour}"/>` +
    `<text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
