import { startTransition, useEffect, useState } from 'react';

type Loading<Module> = { module: Module } | { error: unknown } | undefined;

/**
 * Starts loading a module once the page is interactive and returns it once it has arrived (undefined
 * until then). For widgets whose code is large and not needed to show the page (menus that open on a
 * click, cards filled by a request made after hydration): they render a placeholder until then, so their
 * code stays out of the page's first load. A module that cannot load (a new deployment replaced it, the
 * network dropped) is thrown where the widget renders, as `lazy` does: the page's error boundary says so
 * and offers to try again.
 *
 * Render the module's component directly, not through `lazy`: a `lazy` component suspends on its first
 * render even when its code has arrived, and React holds back the commit that replaces a Suspense
 * fallback for up to 300 ms after the fallback showed (its fallback throttle).
 */
export function useLoadedAfterHydration<Module>(load: () => Promise<Module>): Module | undefined {
  const [loading, setLoading] = useState<Loading<Module>>();
  useEffect(() => {
    let current = true;
    // A transition: React renders the arrived widget in slices between other work, not in one long task.
    load().then(
      (module) => {
        if (current) startTransition(() => setLoading({ module }));
      },
      (error: unknown) => {
        if (current) startTransition(() => setLoading({ error }));
      },
    );
    return () => {
      current = false;
    };
  }, [load]);
  if (loading && 'error' in loading) throw loading.error;
  return loading?.module;
}
