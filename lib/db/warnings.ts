/**
 * The sentences shown when the cache falls back to memory. They say plainly what the user loses
 * (the list survives only until the browser closes) and why.
 */

/** The `name` of a thrown value, e.g. `QuotaExceededError`, or `''`. */
export function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

const REASONS: Record<string, string> = {
  QuotaExceededError: "the browser's storage for this extension is full",
  SecurityError:
    'the browser does not let the extension store data here (private window or site-data settings)',
  VersionError: 'a newer version of the extension created its database',
  BlockedError: 'another extension page keeps an older copy of the database open',
  UnknownError: 'the browser reported an internal storage error',
  InvalidStateError: 'the database connection was closed',
  AbortError: 'the browser aborted a database update',
  MissingIndexedDB: 'IndexedDB is not available in this context',
};

/** Why storage failed, in words for the UI, with the browser's error name for support. */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  const reason = REASONS[name] ?? 'the browser could not use its database';
  return name === '' ? reason : `${reason} (${name})`;
}

/** The warning for a cache that could not be opened. */
export function openFailedWarning(error: unknown): string {
  return `The instance list is kept only until the browser closes, because it could not be saved: ${describeStorageError(error)}.`;
}

/** The warning for a cache that stopped accepting reads or writes part-way through a session. */
export function writeFailedWarning(error: unknown): string {
  return `The instance list is now kept only until the browser closes, because saving it failed: ${describeStorageError(error)}.`;
}
