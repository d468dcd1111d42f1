// The organization's dashboard: its summary comes from one server function after hydration, so the page's
// own render costs only the session statement. The cards' code loads while the summary is on its way.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { m } from '~/paraglide/messages';
import { dashboardSummaryQuery } from './dashboard.queries';
import { DashboardError, DashboardLoading, SkeletonCard } from './dashboard-card';

const loadCards = () => import('./organization-dashboard-cards');
const OrganizationDashboardCards = lazy(loadCards);

export function OrganizationDashboard({ billingEnabled }: { billingEnabled: boolean }) {
  useEffect(() => {
    void loadCards();
  }, []);
  const summary = useQuery(dashboardSummaryQuery());

  const skeleton = (
    <DashboardLoading>
      <SkeletonCard title={m.nav_members()} rows={5} />
      <SkeletonCard title={m.nav_projects()} testId="dashboard-projects-loading" />
      <SkeletonCard title={m.dashboard_invitations_title()} />
      {billingEnabled ? <SkeletonCard title={m.dashboard_plan_title()} rows={2} /> : null}
    </DashboardLoading>
  );

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        {summary.data ? (
          <Suspense fallback={skeleton}>
            <OrganizationDashboardCards summary={summary.data} />
          </Suspense>
        ) : summary.isError ? (
          <DashboardError className="lg:col-span-2" onRetry={() => void summary.refetch()} />
        ) : (
          skeleton
        )}
      </div>
      {/*
        Recent activity (issue 19, item 3): <RecentActivityCard /> from ~/features/activity goes here,
        full width under the cards. It loads its own data and renders nothing for members.
      */}
    </div>
  );
}
