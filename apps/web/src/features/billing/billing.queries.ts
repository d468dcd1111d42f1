import { queryOptions } from '@tanstack/react-query';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { fetchBillingOverview } from './billing.functions';

/** The active organization's plan, subscription and seats. */
export const billingOverviewQuery = (scope: OrganizationScope) =>
  queryOptions({
    queryKey: [...scope, 'billing'],
    queryFn: () => fetchBillingOverview(),
    staleTime: 0,
  });
