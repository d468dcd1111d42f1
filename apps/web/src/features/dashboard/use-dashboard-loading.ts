import { useHydrated } from '@kit/ui/use-hydrated';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';

/**
 * Once the page is interactive: asks for the summary and loads the cards' code at the same time (the
 * cards' chunk holds React Query's hooks, so neither is in the page's first load). True once hydrated:
 * the cards render from then on; the server and the hydrating page render the skeleton. Both functions
 * are module-level, so this asks once per visit and account.
 */
export function useDashboardLoading(
  summaryQuery: (scope: OrganizationScope) => {
    queryKey: QueryKey;
    queryFn: () => Promise<unknown>;
    staleTime: number;
    retry: number;
    enabled: boolean;
  },
  loadCards: () => Promise<unknown>,
): boolean {
  const queryClient = useQueryClient();
  const scope = useOrganizationScope();
  useEffect(() => {
    const query = summaryQuery(scope);
    if (query.enabled) void queryClient.prefetchQuery(query);
    void loadCards();
  }, [queryClient, summaryQuery, loadCards, scope]);
  return useHydrated();
}
