import { queryOptions } from '@tanstack/react-query';
import { ORGANIZATION_SCOPE } from '~/lib/query/organization-scope';
import { fetchBillingOverview } from './billing.functions';

/** The active organization's plan, subscription and seats; dropped with the organization's other data. */
export const billingOverviewQuery = () =>
  queryOptions({
    queryKey: [...ORGANIZATION_SCOPE, 'billing'],
    queryFn: () => fetchBillingOverview(),
    staleTime: 0,
  });
