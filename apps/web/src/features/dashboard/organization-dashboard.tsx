// The organization's dashboard: its summary comes from one server function after hydration, so the page's
// own render costs only the session statement. The cards' code loads while the summary is on its way.
import { RecentActivityCard } from '~/features/activity/recent-activity-card';
import { m } from '~/paraglide/messages';
import { dashboardSummaryQuery } from './dashboard.queries';
import { DashboardLoading, SkeletonCard } from './dashboard-card';
import { useDashboardLoading } from './use-dashboard-loading';

const loadCards = () => import('./organization-dashboard-cards');

/** The cards' frames as they will stand, so nothing moves when the summary arrives. */
export function OrganizationDashboardSkeleton({ billingEnabled }: { billingEnabled: boolean }) {
  return (
    <DashboardLoading>
      <SkeletonCard title={m.nav_members()} rows={5} />
      <SkeletonCard title={m.nav_projects()} testId="dashboard-projects-loading" />
      <SkeletonCard title={m.dashboard_invitations_title()} />
      {billingEnabled ? <SkeletonCard title={m.dashboard_plan_title()} rows={2} /> : null}
    </DashboardLoading>
  );
}

export function OrganizationDashboard({ billingEnabled }: { billingEnabled: boolean }) {
  const cards = useDashboardLoading(dashboardSummaryQuery, loadCards);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        {cards ? (
          <cards.default billingEnabled={billingEnabled} />
        ) : (
          <OrganizationDashboardSkeleton billingEnabled={billingEnabled} />
        )}
      </div>
      {/* Owners and admins: the organization's last events; members get nothing here. */}
      <RecentActivityCard />
    </div>
  );
}
