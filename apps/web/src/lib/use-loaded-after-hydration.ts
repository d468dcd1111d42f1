import { useEffect, useState } from 'react';

/**
 * Starts loading a module once the page is interactive and says when it has arrived. For widgets whose
 * code is large and not needed to show the page (menus that open on a click): they render a plain
 * placeholder until then, so their code stays out of the page's first load.
 */
export function useLoadedAfterHydration(load: () => Promise<unknown>): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let current = true;
    void load().then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}
