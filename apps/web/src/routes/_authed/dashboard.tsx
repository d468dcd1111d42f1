import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { fetchDashboardSummary, fetchMyDashboardSummary } from '~/features/dashboard/dashboard.functions';
import { OrganizationDashboard, organizationCards } from '~/features/dashboard/organization-dashboard';
import { PersonalDashboard, personalCards } from '~/features/dashboard/personal-dashboard';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';

// The summary of the account the session works in, with the cards' code. In a server render the summary
// comes in the session's one statement (dashboard-page-data.ts), so the page is one statement; a
// client-side visit asks the server function, which reads it with a statement of its own.
export const Route = createFileRoute('/_authed/dashboard')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_dashboard() }) }] }),
  loader: async ({ context }) => {
    if (context.identity.activeOrganizationId) {
      const [summary] = await Promise.all([fetchDashboardSummary(), organizationCards.load()]);
      return { account: 'organization', summary } as const;
    }
    const [summary] = await Promise.all([fetchMyDashboardSummary(), personalCards.load()]);
    return { account: 'personal', summary } as const;
  },
  component: DashboardPage,
});

function DashboardPage() {
  const { user, identity } = Route.useRouteContext();
  const dashboard = Route.useLoaderData();
  const active = identity.organizations.find((org) => org.id === identity.activeOrganizationId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{m.nav_dashboard()}</h1>
        <p className="break-words text-muted-foreground">{m.dashboard_signed_in_as({ email: user.email })}</p>
      </div>
      <Card data-testid="active-account">
        <CardHeader>
          <CardDescription>{m.dashboard_active_account()}</CardDescription>
          <CardTitle>{active ? active.name : m.switcher_personal()}</CardTitle>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          {active ? (
            <p>{m.dashboard_in_organization({ name: active.name, role: roleLabel(active.role) })}</p>
          ) : (
            <p>
              {m.dashboard_in_personal()}{' '}
              {identity.organizations.length === 0 ? (
                <>
                  {m.dashboard_no_organization()}{' '}
                  <Link to="/organizations/new" className="underline">
                    {m.dashboard_create_one()}
                  </Link>
                </>
              ) : (
                m.dashboard_use_switcher()
              )}
            </p>
          )}
        </CardContent>
      </Card>
      {dashboard.account === 'organization' ? (
        <OrganizationDashboard
          key={active?.id}
          summary={dashboard.summary}
          billingEnabled={identity.billingEnabled}
        />
      ) : (
        <PersonalDashboard identity={identity} summary={dashboard.summary} />
      )}
    </div>
  );
}
