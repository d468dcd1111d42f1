import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Once the page is interactive: asks for the summary and loads the cards' code at the same time (the
 * cards' chunk holds React Query's hooks, so neither is in the page's first load). True once hydrated:
 * the cards render from then on; the server and the hydrating page render the skeleton. Both arguments
 * are module-level functions, so this runs once per visit of the page.
 */
export function useDashboardLoading(
  summaryQuery: () => {
    queryKey: QueryKey;
    queryFn: () => Promise<unknown>;
    staleTime: number;
    retry: number;
  },
  loadCards: () => Promise<unknown>,
): boolean {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.prefetchQuery(summaryQuery());
    void loadCards();
  }, [queryClient, summaryQuery, loadCards]);
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
