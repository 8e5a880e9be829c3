import { DEFAULT_SANDBOX_PORT, profileForMode } from './profiles';
import type { ConnectionProfile } from './profiles';

/**
 * The profile this build was made for: `wxt build --mode sandbox` or `--mode outreach-sandbox`
 * (dev and test builds, port from `SANDBOX_PORT`) or a store build (Outreach).
 */
export function buildProfile(env: ImportMetaEnv = import.meta.env): ConnectionProfile {
  const port = Number(env.WXT_SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
  return profileForMode(env.MODE, Number.isInteger(port) && port > 0 ? port : DEFAULT_SANDBOX_PORT);
}
