// Plain option objects (no `queryOptions` helper): the page's first load only prefetches with them, and
// React Query's hooks stay in the cards' chunk that loads after hydration.
import { type OrganizationScope, organizationIdOf, userIdOf } from '~/lib/query/organization-scope';
import { fetchDashboardSummary, fetchMyDashboardSummary } from './dashboard.functions';

/** Counts move: every visit reads them again (staleTime 0). One retry, so a failure shows soon. */
const dashboardQueryDefaults = { staleTime: 0, retry: 1 } as const;

// `enabled`: a page still on screen while its account goes away (signing out) asks nothing.
export const dashboardSummaryQuery = (scope: OrganizationScope) => ({
  ...dashboardQueryDefaults,
  enabled: organizationIdOf(scope) !== null,
  queryKey: [...scope, 'dashboard'] as const,
  queryFn: () => fetchDashboardSummary(),
});

export const myDashboardSummaryQuery = (scope: OrganizationScope) => ({
  ...dashboardQueryDefaults,
  enabled: userIdOf(scope) !== null,
  queryKey: [...scope, 'my-dashboard'] as const,
  queryFn: () => fetchMyDashboardSummary(),
});
