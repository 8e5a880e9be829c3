import { h } from 'preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose module is loaded on first use (`import()`), rendering nothing until it is
 * there: for panels the list's first screen never shows, so their code stays out of the popup's
 * first JavaScript (docs/BENCHMARKS.md, "Size"). Preact's own `lazy` needs `preact/compat`.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<unknown> | null = null;
  return function Lazy(props: P) {
    const [, setLoaded] = useState(false);
    // A failed load (the extension updated under an open popup) is tried again on the next render.
    loading ??= load().then(
      (component) => (loaded = component),
      () => (loading = null),
    );
    useEffect(() => {
      let isMounted = true;
      // Always: the module may have arrived between this render (which showed nothing) and now.
      void loading?.then(() => isMounted && setLoaded(true));
      return () => {
        isMounted = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
