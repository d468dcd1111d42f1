import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { OrganizationDashboard } from '~/features/dashboard/organization-dashboard';
import { PersonalDashboard } from '~/features/dashboard/personal-dashboard';
import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';

// No loader: the page renders from the identity (the one session statement); each dashboard reads its
// summary after hydration.
export const Route = createFileRoute('/_authed/dashboard')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_dashboard() }) }] }),
  component: DashboardPage,
});

function DashboardPage() {
  const { user, identity } = Route.useRouteContext();
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
      {active ? (
        // Keyed: another organization starts from its own loading state, never the previous one's cards.
        <OrganizationDashboard key={active.id} billingEnabled={identity.billingEnabled} />
      ) : (
        <PersonalDashboard identity={identity} />
      )}
    </div>
  );
}
