/**
 * The words Outreach's pages use, in one place: a wording change at Outreach is a change here.
 * Public sources: "Input the applicable email and click Next" (support article 218039478), the
 * current page's "Continue" (login.outreach.io), and the help article's "Select the appropriate org.
 * Click Next." (28610257816603).
 */

/** Buttons that move a login or selection step on. */
export const ADVANCE = /^(continue|next|sign in|log in|login|submit|open|go)\b/i;

/** Links and buttons every page has that are never an org choice. */
export const CHROME =
  /^(status|terms|privacy|help|support|forgot|reset|back|cancel|sign out|log out|logout|home|org info|use another|not you|create|sign up|learn more|contact)/i;

/** A heading or title that asks for an org choice: "Select an org", "Choose your instance", … */
export const SELECT_PROMPT =
  /\b(select|choose|pick|switch)\b.*\b(orgs?|organi[sz]ations?|instances?|accounts?|workspaces?)\b/i;

/** Labels that name an email field. */
export const EMAIL_LABEL = /e-?mail|username|login/i;

/** Legacy Devise ids (the old `accounts.outreach.io/users/sign_in` form). */
export const LEGACY_EMAIL_ID = 'user_email';

/**
 * A page that says it does not exist: the title or a heading ("Page not found", "Prospect not
 * found", "404", "This page doesn't exist"). Assumed: Outreach's single-page app shows such a view
 * for a record of another org; its real words are unknown (OUTREACH-FACTS.md).
 */
export const NOT_FOUND =
  /\b(not found|404|(does not|doesn['’]t|no longer) exists?|(could not|couldn['’]t|can['’]t|cannot) (find|be found))\b/i;

/** Paths of one session's sign-in, sign-out or OAuth steps (the app's and the legacy Devise ones). */
export const SESSION_PATHS =
  /^\/(login|logout|sign[-_]?(in|out|up)|users\/sign_(in|out)|oauth|sso|saml|auth|select-org)(\/|$)/i;

/**
 * Query keys that name an org, a user or a sign-in step, never carried into another org. Assumed:
 * Outreach puts the org in no URL (`web.outreach.io/prospects/{id}`), so view keys (`tab`, `sort`,
 * `q`, filters) are org-neutral and anything that looks like an identity or a token is not.
 */
export const ORG_BOUND_QUERY = /org|inst|user|token|code|state|session|sso|saml|auth|redirect|return|relay/i;
