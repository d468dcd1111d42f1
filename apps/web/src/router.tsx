import { createRouter } from '@tanstack/react-router';
import { DefaultCatchBoundary } from './components/default-catch-boundary';
import { NotFound } from './components/not-found';
import { RoutePending } from './components/route-pending';
import { getCspNonce } from './lib/csp-nonce';
import { localizeServerMessages } from './lib/i18n/request-locale';
import { createQueryClientSlot, type SerializedQueryCache } from './lib/query/query-client-slot';
import { routeTree } from './routeTree.gen';

localizeServerMessages();

export function getRouter() {
  const queries = createQueryClientSlot();
  return createRouter({
    routeTree,
    context: { queries },
    scrollRestoration: true,
    defaultPreload: 'intent',
    defaultErrorComponent: DefaultCatchBoundary,
    defaultNotFoundComponent: NotFound,
    defaultPendingComponent: RoutePending,
    defaultPendingMs: 300,
    ssr: { nonce: getCspNonce() },
    // The query cache filled by loaders during SSR travels with the page (loaders await their queries).
    dehydrate: () => ({ queries: queries.dehydrate?.() }),
    hydrate: (dehydrated: { queries?: SerializedQueryCache }) => {
      queries.received = dehydrated.queries;
    },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof getRouter>;
  }
}
