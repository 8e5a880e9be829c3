import type { Translate } from './translate';

/** One org to link, from a checked login and the name the admin gave it. */
export interface RequestOrg {
  login: string;
  /** The `+` tag; `''` is the root login, i.e. the production org. */
  tag: string;
  name: string;
}

export interface RequestInput {
  companyName: string;
  rootEmail: string;
  orgs: RequestOrg[];
  /** How many orgs there are in all, when `orgs` holds only the first ones (default: all). */
  orgCount?: number;
  /** The login of the org that should be the primary one. */
  primaryLogin: string;
}

/** What the request still lacks; the text is written anyway, with placeholders. */
export type RequestGap = 'company' | 'orgs' | 'names' | 'primary' | 'production';

/** Orgs listed one by one in the ticket text; past this, the rest are counted (support reads it). */
export const MAX_LISTED_ORGS = 50;

export interface RequestText {
  text: string;
  gaps: RequestGap[];
}

function gapsOf(input: RequestInput): RequestGap[] {
  const gaps: RequestGap[] = [];
  if (input.companyName.trim() === '') gaps.push('company');
  if (input.orgs.length === 0) gaps.push('orgs');
  if (input.orgs.some((org) => org.name.trim() === '')) gaps.push('names');
  if (!input.orgs.some((org) => org.login === input.primaryLogin)) gaps.push('primary');
  if (input.orgs.length > 0 && !input.orgs.some((org) => org.tag === '')) gaps.push('production');
  return gaps;
}

/**
 * The description of the support ticket the help article asks for ("Add Services" → "Enable Other
 * Services"): "Enable Cross-instance SSO for <Company Name>", every org to link with its login,
 * the production org (the root login) marked, and which login is the primary one. Missing names
 * become the article's own `<…>` placeholders and are listed in `gaps`. Past {@link MAX_LISTED_ORGS}
 * orgs the rest are counted rather than listed, so the text stays readable.
 */
export function requestText(input: RequestInput, t: Translate): RequestText {
  const company = input.companyName.trim() || t('optionsRequestCompanyPlaceholder');
  const nameOf = (org: RequestOrg) => org.name.trim() || t('optionsRequestOrgPlaceholder');
  const lines = [
    t('optionsRequestTextHeading', company),
    '',
    t('optionsRequestTextOrgs', input.rootEmail.trim()),
    ...input.orgs
      .slice(0, MAX_LISTED_ORGS)
      .map((org) =>
        t(org.tag === '' ? 'optionsRequestTextOrgProduction' : 'optionsRequestTextOrg', [
          nameOf(org),
          org.login,
        ]),
      ),
  ];
  const more = (input.orgCount ?? input.orgs.length) - Math.min(input.orgs.length, MAX_LISTED_ORGS);
  if (more > 0) lines.push(t('optionsRequestTextMore', more.toLocaleString('en')));
  const primary = input.orgs.find((org) => org.login === input.primaryLogin);
  if (primary) lines.push('', t('optionsRequestTextPrimary', [primary.login, nameOf(primary)]));
  return { text: lines.join('\n'), gaps: gapsOf(input) };
}
