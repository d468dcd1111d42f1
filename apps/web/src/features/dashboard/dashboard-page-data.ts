// The dashboard's summary in the session statement of a /dashboard render (configureAuth's pageData):
// the page renders its cards on the server with one statement, as every page does.
import type { PageDataSelection } from '@kit/better-auth/context';
import { sql } from 'drizzle-orm';
import { DASHBOARD_PAGE_DATA } from './dashboard.schemas';
import { organizationSummaryQuery, personalSummaryQuery } from './dashboard.service';

export const dashboardPageData: PageDataSelection = {
  name: DASHBOARD_PAGE_DATA,
  // The organization's summary reads nothing unless the user is its member; the personal one is read
  // only with no organization active.
  select: (db, row) => sql`json_build_object(
    'organization', (${organizationSummaryQuery(db, { organizationId: row.activeOrganizationId, userId: row.userId }, true)}),
    'personal', case when ${row.activeOrganizationId} is null
      then (${personalSummaryQuery(db, { userId: row.userId })}) end)`,
};
