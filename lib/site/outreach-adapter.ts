import type { ChoiceFacts, FieldFacts, PageFacts } from './page-facts';
import { clean } from './page-facts';
import { ADVANCE, CHROME, EMAIL_LABEL, LEGACY_EMAIL_ID, SELECT_PROMPT } from './words';

/**
 * The Outreach site adapter: every decision the extension makes about an Outreach page, taken on
 * the plain {@link PageFacts} that `collectPage` read. Shape:
 *
 * - `classifyPage(facts, site)` → which page this is (`login-email`, `login-password`, `selection`,
 *   `app`, `other`), by what the page has, never by its URL prefix;
 * - `emailFieldIndex(facts)` → the email field (by type, autocomplete, label; `#user_email` last);
 * - `advanceButtonIndex(facts)` → the page's Continue/Next, `<form>` or not;
 * - `offeredOrgs(facts, names)` → the orgs a selection window offers (names and values);
 * - `choiceIndexFor(facts, org, names)` → which choice is the org to pick;
 * - `appShows(facts, org, others)` → whether the app shows that org, another one, or cannot tell.
 *
 * Hosts live in the connection profile (`lib/connection/profiles.ts`), passed in as `site`.
 */

export type PageKind = 'login-email' | 'login-password' | 'selection' | 'app' | 'other';

/** The hosts a decision needs: exact login origins, and whether an origin is an app origin. */
export interface SiteOrigins {
  loginOrigins: readonly string[];
  isAppOrigin: (origin: string) => boolean;
}

/** An org of the group, as the decisions need it. */
export interface OrgRef {
  orgId: string;
  name: string;
  loginEmail?: string;
}

const norm = (text: string) => clean(text).toLowerCase();

/** Scores how surely a field is the login email field; 0 means it is not one. */
function emailScore(field: FieldFacts): number {
  if (field.type === 'password') return 0;
  if (field.type === 'email') return 4;
  if (/\b(username|email)\b/i.test(field.autocomplete)) return 3;
  if (EMAIL_LABEL.test(field.label) || /email/i.test(field.name)) return 2;
  if (field.id === LEGACY_EMAIL_ID) return 1;
  return 0;
}

/**
 * The index (in `facts.fields`) of the usable email field, or `-1`. The surest candidate must be
 * usable: when the page's real email field is hidden, a weaker look-alike (a decoy labelled
 * "Work email") is never filled instead.
 */
export function emailFieldIndex(facts: PageFacts): number {
  const top = Math.max(0, ...facts.fields.map(emailScore));
  if (top === 0) return -1;
  return facts.fields.findIndex((field) => emailScore(field) === top && field.isUsable);
}

/** The index (in `facts.buttons`) of the Continue/Next button, or `-1`. Submit buttons in a form first. */
export function advanceButtonIndex(facts: PageFacts): number {
  const advancing = facts.buttons.flatMap((button, at) => (ADVANCE.test(button.text) ? [at] : []));
  return advancing.find((at) => facts.buttons[at]!.isInForm) ?? advancing[0] ?? -1;
}

/** Choices that could be orgs: no Continue/Next, no footer links, no duplicates of a radio's label. */
function orgChoices(facts: PageFacts): { choice: ChoiceFacts; at: number }[] {
  const seen = new Set<string>();
  const out: { choice: ChoiceFacts; at: number }[] = [];
  facts.choices.forEach((choice, at) => {
    const key = norm(choice.name);
    if (!key || ADVANCE.test(choice.label) || CHROME.test(choice.label) || seen.has(key)) return;
    seen.add(key);
    out.push({ choice, at });
  });
  return out;
}

/** The group org a label names: the longest name the label is or starts with (so "Acme" ≠ "Acme Staging"). */
export function orgNamed(label: string, orgs: readonly OrgRef[], value: string | null = null): OrgRef | null {
  const byValue = value ? orgs.find((org) => org.orgId === value) : undefined;
  if (byValue) return byValue;
  const text = norm(label);
  const matches = orgs.filter((org) => {
    const name = norm(org.name);
    return text === name || (text.startsWith(name) && /^[^\p{L}\p{N}]/u.test(text.slice(name.length)));
  });
  return matches.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}

/**
 * Whether the page is a selection window: a choice among the group's org names (when known), or,
 * before the group is known, choices under words that ask for an org ("Select an org").
 */
export function isSelectionWindow(facts: PageFacts, orgs: readonly OrgRef[] = []): boolean {
  const choices = orgChoices(facts);
  if (choices.length === 0) return false;
  const named = choices.filter(({ choice }) => orgNamed(choice.name, orgs, choice.value));
  const canAdvance =
    advanceButtonIndex(facts) >= 0 ||
    choices.some(({ choice }) => choice.kind === 'link' || choice.kind === 'card');
  if (named.length > 0 && canAdvance) return true;
  const asks = [facts.title, ...facts.headings].some((text) => SELECT_PROMPT.test(text));
  return asks && emailFieldIndex(facts) < 0;
}

/** Which page this is. Login pages are recognised by origin and content, never by URL prefix. */
export function classifyPage(facts: PageFacts, site: SiteOrigins, orgs: readonly OrgRef[] = []): PageKind {
  const isLogin = site.loginOrigins.includes(facts.origin);
  if (!isLogin && !site.isAppOrigin(facts.origin)) return 'other';
  if (isSelectionWindow(facts, orgs)) return 'selection';
  if (emailFieldIndex(facts) >= 0) return 'login-email';
  if (facts.hasPasswordField) return 'login-password';
  return site.isAppOrigin(facts.origin) ? 'app' : 'other';
}

/** The orgs a selection window offers, in page order, with their values where the markup has them. */
export function offeredOrgs(facts: PageFacts): { name: string; value: string | null }[] {
  return orgChoices(facts).map(({ choice }) => ({ name: choice.name, value: choice.value }));
}

/** The index (in `facts.choices`) of the choice that is `org`, or `-1`. */
export function choiceIndexFor(facts: PageFacts, org: OrgRef, orgs: readonly OrgRef[]): number {
  const all = orgs.some((other) => other.orgId === org.orgId) ? orgs : [...orgs, org];
  const found = orgChoices(facts).find(
    ({ choice }) => orgNamed(choice.name, all, choice.value)?.orgId === org.orgId,
  );
  return found?.at ?? -1;
}

export type AppVerdict = 'shows-org' | 'shows-other' | 'unknown';

/**
 * Which org the app shows: the chosen org's login or name on the page means it landed; another
 * org's login or name means it did not; neither means the page cannot tell (yet).
 */
export function appShows(facts: PageFacts, org: OrgRef, orgs: readonly OrgRef[]): AppVerdict {
  const others = orgs.filter((other) => other.orgId !== org.orgId);
  // A login tells orgs apart only when no other org shares it (orgs reached through the root do).
  const loginOf = (ref: OrgRef) => ref.loginEmail?.toLowerCase();
  const shown = (ref: OrgRef) => {
    const email = loginOf(ref);
    return Boolean(
      email &&
      facts.shownEmails.includes(email) &&
      [org, ...others].filter((o) => loginOf(o) === email).length === 1,
    );
  };
  if (shown(org)) return 'shows-org';
  if (others.some(shown)) return 'shows-other';
  const named = facts.orgTexts.map((text) => orgNamed(text, [org, ...others])).filter(Boolean);
  if (named.some((found) => found!.orgId === org.orgId)) return 'shows-org';
  return named.length > 0 ? 'shows-other' : 'unknown';
}
