import { useEffect, useState } from 'react';

/**
 * Starts loading a module once the page is interactive and returns it once it has arrived (undefined
 * until then). For widgets whose code is large and not needed to show the page (menus that open on a
 * click, cards filled by a request made after hydration): they render a placeholder until then, so their
 * code stays out of the page's first load.
 *
 * Render the module's component directly, not through `lazy`: a `lazy` component suspends on its first
 * render even when its code has arrived, and React holds back the commit that replaces a Suspense
 * fallback for up to 300 ms after the fallback showed (its fallback throttle).
 */
export function useLoadedAfterHydration<Module>(load: () => Promise<Module>): Module | undefined {
  const [loaded, setLoaded] = useState<Module>();
  useEffect(() => {
    let current = true;
    void load().then((module) => {
      if (current) setLoaded(module);
    });
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}
