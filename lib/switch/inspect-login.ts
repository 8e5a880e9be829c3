import { checkInstanceLogin, parseRootEmail } from '../alias';
import type { InstanceGroup } from '../directory/schema';
import type { LoginInspection } from '../messaging/protocol';
import { asksBeforeOpening } from './production-rule';

/** Rule breaks worth telling a person about while they type a login. */
const RULE_BREAKS = new Set(['wrong-separator', 'multiple-plus', 'empty-tag', 'invalid-tag']);

/**
 * What the login page's content script should offer for what a person typed: the org chooser for
 * the group's root email (orgs whose login page is this page), the rule's message for a login of
 * the root that breaks the `+` rule, or nothing.
 */
export function inspectLogin(
  typed: string,
  group: InstanceGroup | null,
  pageOrigin: string,
  options: { askBeforeProduction?: boolean } = {},
): LoginInspection {
  if (!group || group.crossInstanceSso !== 'enabled') return { kind: 'none' };
  const root = parseRootEmail(group.rootEmail);
  if (!root.ok) return { kind: 'none' };
  const email = typed.trim();
  if (email.toLowerCase() === root.email.address.toLowerCase()) {
    const orgs = group.instances
      .filter((org) => sameOrigin(org.loginUrl, pageOrigin))
      .map(({ orgId, name, loginEmail, environment, isPrimary }) => ({
        orgId,
        name,
        loginEmail,
        environment,
        isPrimary,
        askFirst: asksBeforeOpening({ environment }, options.askBeforeProduction ?? false),
      }));
    return orgs.length > 0 ? { kind: 'root', orgs } : { kind: 'none' };
  }
  const check = checkInstanceLogin(root.email, email);
  return !check.ok && RULE_BREAKS.has(check.reason)
    ? { kind: 'invalid', message: check.message }
    : { kind: 'none' };
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
