// The organization's dashboard: its summary comes with the page (the route's loader; in a server render
// from the session's one statement), its cards are rendered on the server, and their code loads after
// the page's first load (React keeps the server's cards on screen until it has arrived).
import { Suspense } from 'react';
import { RecentActivityCard } from '~/features/activity/recent-activity-card';
import { componentModule } from '~/lib/load-component-module';
import { m } from '~/paraglide/messages';
import type { OrganizationDashboard as Summary } from './dashboard.functions';
import { DashboardLoading, SkeletonCard } from './dashboard-card';

export const organizationCards = componentModule(() => import('./organization-dashboard-cards'));

/** The cards' frames as they will stand, while their code loads on a client-side visit. */
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

function Cards({ summary }: { summary: Summary }) {
  const cards = organizationCards.useModule();
  return <cards.default summary={summary} />;
}

export function OrganizationDashboard({
  summary,
  billingEnabled,
}: {
  summary: Summary;
  billingEnabled: boolean;
}) {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Suspense fallback={<OrganizationDashboardSkeleton billingEnabled={billingEnabled} />}>
          <Cards summary={summary} />
        </Suspense>
      </div>
      {/* Owners and admins: the organization's last events; members get nothing here. */}
      <RecentActivityCard />
    </div>
  );
}
