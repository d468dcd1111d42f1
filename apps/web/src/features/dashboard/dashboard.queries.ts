// Plain option objects (no `queryOptions` helper): the page's first load only prefetches with them, and
// React Query's hooks stay in the cards' chunk that loads after hydration.
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';
import { fetchDashboardSummary, fetchMyDashboardSummary } from './dashboard.functions';

/** Counts move: every visit reads them again (staleTime 0). One retry, so a failure shows soon. */
const dashboardQueryDefaults = { staleTime: 0, retry: 1 } as const;

/** Under the organization scope: switching accounts drops it. */
export const dashboardSummaryQuery = () => ({
  ...dashboardQueryDefaults,
  queryKey: [...ORGANIZATION_SCOPE, 'dashboard'] as const,
  queryFn: () => fetchDashboardSummary(),
});

export const myDashboardSummaryQuery = () => ({
  ...dashboardQueryDefaults,
  queryKey: [...ORGANIZATION_SCOPE, 'my-dashboard'] as const,
  queryFn: () => fetchMyDashboardSummary(),
});
