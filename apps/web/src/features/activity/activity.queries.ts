import { queryOptions } from '@tanstack/react-query';
import type { OrganizationScope } from '~/lib/query/organization-scope';
import { listOrganizationActivity } from './activity.functions';
import { ACTIVITY_PAGE_SIZE } from './activity-page-size';

/** One page of the activity log; `cursor` undefined is the newest page. */
export const activityQuery = (scope: OrganizationScope, cursor?: string, limit = ACTIVITY_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...scope, 'activity', cursor ?? null, limit],
    queryFn: () => listOrganizationActivity({ data: { cursor, limit } }),
    staleTime: 30_000,
  });
