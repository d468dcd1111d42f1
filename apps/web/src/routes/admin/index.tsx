import { Card } from '@kit/ui/card';
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
          // A <div> may group a term with its value; a card's header elements may not sit in between.
          <Card key={stat.label} className="flex flex-col gap-1.5 p-6">
            <dt className="text-sm text-muted-foreground">{stat.label}</dt>
            <dd className="text-3xl font-semibold leading-none tracking-tight">
              {stat.value.toLocaleString()}
            </dd>
          </Card>
        ))}
      </dl>
      <SignupChart days={dailySignups} />
    </div>
  );
}
