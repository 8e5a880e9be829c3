/**
 * Running work in one IndexedDB transaction so that either all of it lands or none of it does,
 * without leaving rejected request promises unhandled.
 */
import { abortQuietly } from './upgrade';

/** Register a request promise that the work does not await itself. */
export type Track = <T>(request: Promise<T>) => Promise<T>;

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Run `work` in `tx` and wait for the transaction to commit. Requests passed to `track` may fail
 * without being awaited: their error aborts the transaction and `done` reports it. On any error
 * the transaction is aborted and the error rethrown (a `QuotaExceededError` usually arrives here,
 * at commit).
 */
export async function runInTransaction<T>(tx: Transaction, work: (track: Track) => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined);
  const track: Track = (request) => {
    request.catch(() => undefined);
    return request;
  };
  try {
    const result = await work(track);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
