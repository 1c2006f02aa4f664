// Loads a module the first time `when` is true, and keeps it: what a reader asks for separately
// (the map's drawing data, a broken link's notice, Kosten verdelen, /regio/'s facts after the
// first choice) stays out of a page's first download (test/budgets.ts).
import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  module: T | null;
  /** The download failed (offline, a new deploy): the caller says so and goes on without it. */
  failed: boolean;
}

export function useModule<T>(load: () => Promise<T>, when: boolean): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ module: null, failed: false });
  useEffect(() => {
    if (!when || loaded.module) return;
    load().then(
      (module) => setLoaded({ module, failed: false }),
      () => setLoaded({ module: null, failed: true }),
    );
  }, [when]);
  return loaded;
}
