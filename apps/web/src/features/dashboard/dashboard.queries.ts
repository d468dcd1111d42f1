import { queryOptions } from '@tanstack/react-query';
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';
import { fetchDashboardSummary, fetchMyDashboardSummary } from './dashboard.functions';

/** Under the organization scope: switching accounts drops it. Counts move: refetched when shown again. */
export const dashboardSummaryQuery = () =>
  queryOptions({
    queryKey: [...ORGANIZATION_SCOPE, 'dashboard'],
    queryFn: () => fetchDashboardSummary(),
    staleTime: 0,
  });

export const myDashboardSummaryQuery = () =>
  queryOptions({
    queryKey: [...ORGANIZATION_SCOPE, 'my-dashboard'],
    queryFn: () => fetchMyDashboardSummary(),
    staleTime: 0,
  });
