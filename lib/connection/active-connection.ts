import type { Settings } from '../storage/settings';
import { resolveConnection } from './connection-settings';
import type { ConnectionProfile } from './profiles';

/**
 * The connection in effect for the background: the build's profile until the saved choice is
 * read, then the saved choice. `latest()` answers synchronously (sender checks, tab checks) with
 * the last one resolved.
 */
export function createActiveConnection(build: ConnectionProfile, loadSettings: () => Promise<Settings>) {
  let latest = build;
  let resolving: Promise<ConnectionProfile> | null = null;
  const resolve = (settings: Settings) => (latest = resolveConnection(settings.connection, build));
  return {
    get: (): Promise<ConnectionProfile> => (resolving ??= loadSettings().then(resolve, () => build)),
    latest: () => latest,
    /** Applies changed settings; returns whether the identity provider or client changed. */
    update(settings: Settings): boolean {
      const before = latest;
      resolving = Promise.resolve(resolve(settings));
      return before.issuer !== latest.issuer || before.clientId !== latest.clientId;
    },
  };
}
