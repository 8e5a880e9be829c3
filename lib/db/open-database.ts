/**
 * Opening the database through a given `IDBFactory` (so tests can pass a fresh fake one),
 * running the upgrade steps between the stored version and the requested one.
 */
import { wrap } from 'idb';
import { DB_NAME, DB_VERSION } from './schema';
import { UPGRADE_STEPS } from './upgrade';
import type { CacheDatabase, UpgradeTransaction } from './upgrade';

function runUpgrade(request: IDBOpenDBRequest, oldVersion: number, newVersion: number): void {
  const db = wrap(request.result) as unknown as CacheDatabase;
  // `transaction` is always set during `upgradeneeded`.
  const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
  // An aborted upgrade is reported through the open request; keep `done` from going unhandled.
  tx.done.catch(() => undefined);
  for (let v = oldVersion; v < newVersion; v++) {
    const step = UPGRADE_STEPS[v];
    if (step === undefined) throw new RangeError(`No upgrade step from version ${v}`);
    step(db, tx);
  }
}

/**
 * Open `cross-instance-sign-in` at `version` (default: the current one), upgrading step by step.
 * Rejects with the browser's error (`VersionError`, `SecurityError`, `AbortError`, …), or with a
 * `BlockedError` when an older connection elsewhere will not close. The returned connection closes
 * itself when a newer version wants to upgrade, so this context never blocks that upgrade.
 * Lower versions exist for tests that build a genuine old database.
 */
export function openDatabase(factory: IDBFactory, version: number = DB_VERSION): Promise<CacheDatabase> {
  return new Promise((resolve, reject) => {
    let isBlocked = false;
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = (event) => {
      runUpgrade(request, event.oldVersion, event.newVersion ?? version);
    };
    request.onblocked = () => {
      isBlocked = true;
      reject(new DOMException('Another extension page keeps an older database open', 'BlockedError'));
    };
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up waiting: nobody will use this connection.
      if (isBlocked) return db.close();
      db.addEventListener('versionchange', () => db.close());
      resolve(wrap(db) as unknown as CacheDatabase);
    };
    request.onerror = () => reject(request.error ?? new DOMException('Open failed', 'UnknownError'));
  });
}
