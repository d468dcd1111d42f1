import { Card } from '@kit/ui/card';
import { createFileRoute } from '@tanstack/react-router';
import { fetchAdminOverview } from '~/features/admin/admin.functions';
import { SignupChart } from '~/features/admin/signup-chart';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/admin/')({
  loader: () => fetchAdminOverview(),
  component: AdminOverviewPage,
});

function AdminOverviewPage() {
  const { totals, dailySignups } = Route.useLoaderData();
  const stats = [
    { label: m.admin_stat_users(), value: totals.users },
    { label: m.admin_stat_active(), value: totals.activeLast24h },
    { label: m.admin_stat_new(), value: totals.newThisWeek },
    { label: m.admin_stat_banned(), value: totals.banned },
    { label: m.nav_admin_organizations(), value: totals.organizations },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.nav_admin_overview()}</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {stats.map((stat) => (
          // A <div> may group a term with its value; a card's header elements may not sit in between.
          <Card key={stat.label} className="flex flex-col gap-1.5 p-6">
            <dt className="text-sm text-muted-foreground">{stat.label}</dt>
            <dd className="text-3xl font-semibold leading-none tracking-tight">{formatNumber(stat.value)}</dd>
          </Card>
        ))}
      </dl>
      <SignupChart days={dailySignups} />
    </div>
  );
}
