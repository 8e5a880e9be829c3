import type { Instance } from '../directory/schema';

/**
 * Whether opening `org` from a shortcut or the login page's chooser asks "Open Acme Production?"
 * first (issue 14): a production org, while the `askBeforeProduction` option is on. The popup's
 * Next never asks: choosing an org there is already the answer.
 */
export function asksBeforeOpening(org: Pick<Instance, 'environment'>, isOn: boolean): boolean {
  return isOn && org.environment === 'production';
}
