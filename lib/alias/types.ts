/**
 * Shared types of the `+` alias rules (Outreach Cross-Instance Sign-in): a root email such as
 * `jane.doe@outreach.io` and instance logins such as `jane.doe+staging@outreach.io`.
 */

/** Why a root email or an instance login was refused. */
export type AliasReason =
  | 'invalid-email'
  | 'different-domain'
  | 'different-prefix'
  | 'wrong-separator'
  | 'empty-tag'
  | 'multiple-plus'
  | 'invalid-tag'
  | 'root-has-plus'
  | 'too-long'
  | 'lookalike-domain';

/** Reasons a line of {@link checkLogins} can carry: every {@link AliasReason} plus `duplicate`. */
export type LineReason = AliasReason | 'duplicate';

/**
 * The character found instead of `+` right after the root's name part: commonly `-`, `_`, `.` or a
 * space, but any character other than `+`, a letter or a digit; none is recognised by Outreach.
 */
export type WrongSeparator = string;

/** A parsed root email. */
export interface RootEmail {
  /** The local part as the person spelled it (case kept). */
  local: string;
  /** The domain, lower-case ASCII (IDN labels in punycode, `xn--…`). */
  domain: string;
  /** `${local}@${domain}`. */
  address: string;
}

/** Which RFC 5321 limit was exceeded. */
export type LengthPart = 'local' | 'domain' | 'label' | 'address';

/**
 * Everything a message is built from, so the UI can rebuild or translate it with
 * {@link aliasMessage}. Only the fields a reason needs are set.
 */
export interface MessageDetails {
  /** The address as typed (trimmed). */
  input: string;
  /** Whether `input` is the root email or an instance login (default `login`). */
  subject?: 'root' | 'login';
  /** The root address a login was checked against. */
  root?: string;
  /** The domain found in `input` (Unicode form, for display). */
  domain?: string;
  /** The separator found instead of `+` (`wrong-separator`). */
  separator?: WrongSeparator;
  /** The tag found after `+` (`invalid-tag`). */
  tag?: string;
  /** The alias the person most likely meant, when there is one. */
  suggestion?: string;
  /** `too-long`: which part, its length in octets and the limit. */
  part?: LengthPart;
  length?: number;
  limit?: number;
  /** `lookalike-domain`: mixes alphabets in one label, or imitates the root's domain. */
  lookalike?: 'mixed-script' | 'confusable';
  /** `duplicate`: the 1-based line that first had this login. */
  firstLine?: number;
}

/** A refusal: a reason code, a plain-English message and the details it was built from. */
export interface AliasFailure<R extends LineReason = AliasReason> {
  ok: false;
  reason: R;
  message: string;
  details: MessageDetails;
}

/** Result of {@link parseRootEmail}. */
export type RootEmailResult = { ok: true; email: RootEmail } | AliasFailure;

/** Result of {@link checkInstanceLogin}: the tag (`''` for the root itself), or a refusal. */
export type LoginCheckResult = { ok: true; tag: string } | AliasFailure;
