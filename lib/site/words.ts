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
