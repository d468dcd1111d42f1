import { use } from 'react';

/**
 * A module of components loaded once, on demand, for a part of a page that is rendered on the server
 * but whose code stays out of the page's first load. `load()` starts the import (or joins it, or starts
 * it anew after a failure), for a route's loader to await; `useModule()`, inside a Suspense boundary,
 * returns the module. While hydrating a page the server rendered, a module not there yet suspends its
 * boundary, and React keeps the server's HTML on screen until the code arrives; once loaded, it returns
 * at once. A module that could not load is thrown where it renders, as `lazy` does: the page's error
 * boundary says so, and its "try again" runs the loader, whose `load()` asks anew.
 */
export function componentModule<Module>(importModule: () => Promise<Module>) {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  let failed = false;
  const load = () => {
    if (failed || !loading) {
      failed = false;
      loading = importModule().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
    }
    return loading;
  };
  // Never a new import from a render: React would retry a failed one without end.
  const useModule = (): Module => loaded ?? use(loading ?? load());
  return { load, useModule };
}
