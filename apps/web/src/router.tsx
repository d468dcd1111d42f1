import type { ClientIdentity } from '@kit/better-auth/identity';
import { createIdentityCache, storeIdentity } from '@kit/better-auth/identity-cache';
import { createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { RoutePending } from './components/route-pending';
import { getCspNonce } from './lib/csp-nonce';
import { localizeMessages } from './lib/i18n/request-locale';
import { createQueryClientSlot, type SerializedQueryCache } from './lib/query/query-client-slot';
import { routeTree } from './routeTree.gen';

localizeMessages();

export function getRouter() {
  const queries = createQueryClientSlot();
  const identityCache = createIdentityCache();
  return createRouter({
    routeTree,
    context: { queries, identityCache },
    scrollRestoration: true,
    defaultPreload: 'intent',
    // Rare: the error and 404 pages load when one is shown, not in every page's entry (the landing page's
    // budget). A chunk that cannot load (a new deployment) makes lazyRouteComponent reload the page.
    defaultErrorComponent: lazyRouteComponent(
      () => import('./components/default-catch-boundary'),
      'DefaultCatchBoundary',
    ),
    defaultNotFoundComponent: lazyRouteComponent(() => import('./components/not-found'), 'NotFound'),
    defaultPendingComponent: RoutePending,
    defaultPendingMs: 300,
    ssr: { nonce: getCspNonce() },
    // The query cache filled by loaders during SSR and the identity the page was rendered for travel
    // with the page.
    dehydrate: () => ({ queries: queries.dehydrate?.(), identity: identityCache.current }),
    hydrate: (dehydrated: { queries?: SerializedQueryCache; identity?: ClientIdentity }) => {
      queries.received = dehydrated.queries;
      if (dehydrated.identity) storeIdentity(identityCache, dehydrated.identity);
    },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof getRouter>;
  }
}
