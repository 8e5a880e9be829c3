/**
 * Makes a long browser flow (`identity.launchWebAuthFlow`) abandonable: `cancel()` rejects the
 * running call at once with the message Chrome uses when a person closes the window (so the sign-in
 * maps it to `cancelled` and clears its flow secrets), and asks `close` to shut the window.
 */
export function cancellableFlow<T>(
  run: (url: string) => Promise<T>,
  close: (url: string) => Promise<void> = async () => undefined,
) {
  let running: { url: string; reject: (error: Error) => void; settled: Promise<unknown> } | null = null;
  return {
    run(url: string): Promise<T> {
      const call = run(url);
      let reject!: (error: Error) => void;
      const cancelled = new Promise<never>((_resolve, fail) => (reject = fail));
      const result = Promise.race([call, cancelled]);
      const entry = { url, reject, settled: result.catch(() => undefined) };
      running = entry;
      return result.finally(() => {
        if (running === entry) running = null;
      });
    },
    /** Abandons the running flow, if any, and resolves once its caller has seen it end. */
    async cancel(): Promise<void> {
      const entry = running;
      if (!entry) return;
      entry.reject(new Error('The user did not approve access.'));
      await entry.settled;
      await close(entry.url).catch(() => undefined);
    },
  };
}
