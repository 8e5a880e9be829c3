import { checkInstanceLogin } from './check-login';
import { resolveRoot } from './email';
import type { RootEmail } from './types';

/**
 * The instance login for a tag: `instanceLogin('jane.doe@outreach.io', 'staging')` is
 * `jane.doe+staging@outreach.io` (domain in lower-case punycode); an empty tag gives the root
 * address. Surrounding whitespace of the tag is trimmed. Returns `null`, never throws, when the
 * root or the tag is invalid or the login would exceed the RFC length limits (a `null` keeps
 * callers from ever building a login the checker would refuse; `checkInstanceLogin` on the
 * hand-built address says why).
 */
export function instanceLogin(rootEmail: string | RootEmail, tag: string): string | null {
  if (typeof tag !== 'string') return null;
  const root = resolveRoot(rootEmail);
  if (!root.ok) return null;
  const trimmed = tag.trim();
  const { local, domain, address } = root.email;
  const login = trimmed === '' ? address : `${local}+${trimmed}@${domain}`;
  const check = checkInstanceLogin(root.email, login);
  return check.ok && check.tag === trimmed ? login : null;
}
