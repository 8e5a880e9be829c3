import { h } from 'preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded on first use (`import()`), and the components taken from it (`part`), each
 * rendering nothing until the module is there and at once after that: for what the list's first
 * screen never shows, so its code stays out of the popup's first JavaScript (docs/BENCHMARKS.md,
 * "Size"). `preload` starts the load ahead of the first use. Preact's own `lazy` needs
 * `preact/compat`.
 */
export function lazyModule<M>(load: () => Promise<M>) {
  let module: M | null = null;
  let loading: Promise<unknown> | null = null;
  // A failed load (the extension updated under an open popup) is tried again on the next render.
  const start = () =>
    (loading ??= load().then(
      (loaded) => (module = loaded),
      () => (loading = null),
    ));
  return {
    /** Starts the load; settles (never rejects) once it ended, loaded or not. */
    preload: (): Promise<void> => start().then(() => undefined),
    part<P extends object>(pick: (module: M) => FunctionComponent<P>): FunctionComponent<P> {
      return function Lazy(props: P) {
        const [, setLoaded] = useState(false);
        start();
        useEffect(() => {
          let isMounted = true;
          // Always: the module may have arrived between this render (which showed nothing) and now.
          void loading?.then(() => isMounted && setLoaded(true));
          return () => {
            isMounted = false;
          };
        }, []);
        return module ? h(pick(module), props) : null;
      };
    },
  };
}

/** One component whose module is loaded on first use (`lazyModule`). */
export function lazyComponent<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> {
  return lazyModule(load).part((component) => component);
}
