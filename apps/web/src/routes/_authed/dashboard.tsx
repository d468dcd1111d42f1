import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { accountContextQuery } from '~/features/organization/account.queries';
import { queryClientOf } from '~/lib/query/query-client';

export const Route = createFileRoute('/_authed/dashboard')({
  loader: ({ context }) => queryClientOf(context.queries).ensureQueryData(accountContextQuery()),
  head: () => ({ meta: [{ title: 'Dashboard — Kit' }] }),
  component: DashboardPage,
});

function DashboardPage() {
  const { user } = Route.useRouteContext();
  const { data } = useSuspenseQuery(accountContextQuery());
  const active = data.organizations.find((org) => org.id === data.activeOrganizationId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="text-muted-foreground">Signed in as {user.email}</p>
      </div>
      <Card data-testid="active-account">
        <CardHeader>
          <CardDescription>Active account</CardDescription>
          <CardTitle>{active ? active.name : 'Personal account'}</CardTitle>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          {active ? (
            <p>
              You are working in the organization <strong className="text-foreground">{active.name}</strong>{' '}
              as <strong className="text-foreground">{active.role}</strong>.
            </p>
          ) : (
            <p>
              You are working in your personal account.{' '}
              {data.organizations.length === 0 ? (
                <>
                  You are not in any organization yet —{' '}
                  <Link to="/organizations/new" className="underline">
                    create one
                  </Link>
                  .
                </>
              ) : (
                'Use the account switcher to work in one of your organizations.'
              )}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
