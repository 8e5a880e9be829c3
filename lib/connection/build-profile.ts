import { DEFAULT_SANDBOX_PORT, OUTREACH_PROFILE, sandboxProfile } from './profiles';
import type { ConnectionProfile } from './profiles';

/**
 * The profile this build was made for: `wxt build --mode sandbox` (dev and test builds,
 * port from `SANDBOX_PORT`) or a store build (Outreach).
 */
export function buildProfile(env: ImportMetaEnv = import.meta.env): ConnectionProfile {
  if (env.MODE !== 'sandbox') return OUTREACH_PROFILE;
  const port = Number(env.WXT_SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
  return sandboxProfile(Number.isInteger(port) && port > 0 ? port : DEFAULT_SANDBOX_PORT);
}
