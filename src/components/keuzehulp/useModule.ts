// Loads a module the first time `when` is true, and keeps it: code that only some readers need
// (the region, the printout) stays out of the keuzehulp's first download (test/budgets.ts).
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
