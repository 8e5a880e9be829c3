/**
 * The `+` alias rules of Outreach Cross-Instance Sign-in: parse a root email, check and build
 * instance logins, check a prepared list. Pure functions: no browser APIs, never throw.
 */
export { checkInstanceLogin, WRONG_SEPARATORS } from './check-login';
export { checkLogins } from './check-logins';
export type { LoginLine, LoginsCheckResult } from './check-logins';
export { domainToUnicode, normalizeDomain } from './domain';
export type { DomainResult } from './domain';
export { parseRootEmail } from './email';
export { instanceLogin } from './instance-login';
export { aliasFailure, aliasMessage } from './messages';
export { isValidTag } from './tag';
export type {
  AliasFailure,
  AliasReason,
  LengthPart,
  LineReason,
  LoginCheckResult,
  MessageDetails,
  RootEmail,
  RootEmailResult,
  WrongSeparator,
} from './types';
