import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { useLoadedAfterHydration } from '~/lib/use-loaded-after-hydration';

/**
 * Once the page is interactive: asks for the summary and loads the cards' code at the same time (the
 * cards' chunk holds React Query's hooks, so neither is in the page's first load). Returns the cards'
 * module once it has arrived; until then (on the server, while hydrating) the page shows the skeleton.
 * Both functions are module-level, so this asks once per visit and account.
 */
export function useDashboardLoading<Cards>(
  summaryQuery: (scope: OrganizationScope) => {
    queryKey: QueryKey;
    queryFn: () => Promise<unknown>;
    staleTime: number;
    retry: number;
    enabled: boolean;
  },
  loadCards: () => Promise<Cards>,
): Cards | undefined {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  useEffect(() => {
    const query = summaryQuery(scope);
    if (query.enabled) void queryClient.prefetchQuery(query);
  }, [queryClient, summaryQuery, scope]);
  return useLoadedAfterHydration(loadCards);
}
