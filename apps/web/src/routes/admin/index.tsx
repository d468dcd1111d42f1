import { Card, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute } from '@tanstack/react-router';
import { fetchAdminOverview } from '~/features/admin/admin.functions';
import { SignupChart } from '~/features/admin/signup-chart';

export const Route = createFileRoute('/admin/')({
  loader: () => fetchAdminOverview(),
  component: AdminOverviewPage,
});

function AdminOverviewPage() {
  const { totals, dailySignups } = Route.useLoaderData();
  const stats = [
    { label: 'Users', value: totals.users },
    { label: 'Active in the last 24 hours', value: totals.activeLast24h },
    { label: 'New this week', value: totals.newThisWeek },
    { label: 'Banned', value: totals.banned },
    { label: 'Organizations', value: totals.organizations },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {stats.map((stat) => (
          <Card key={stat.label}>
            <CardHeader>
              <CardDescription>
                <dt>{stat.label}</dt>
              </CardDescription>
              <CardTitle className="text-3xl">
                <dd>{stat.value.toLocaleString()}</dd>
              </CardTitle>
            </CardHeader>
          </Card>
        ))}
      </dl>
      <SignupChart days={dailySignups} />
    </div>
  );
}
