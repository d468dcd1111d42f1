import { requireAuth } from '@kit/auth/guards';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Outlet, useRouter } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { appNavGroups, organizationNavItems } from '~/components/shell/nav-items';
import { QueryProvider } from '~/components/shell/query-provider';
import { accountContextQuery } from '~/features/organization/account.queries';
import { AccountSwitcher } from '~/features/organization/account-switcher';
import { forgetStaleAccountData } from '~/features/organization/forget-stale-account-data';
import { loadAccountData } from '~/features/organization/load-account-data';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed')({
  beforeLoad: (match) => {
    const guarded = requireAuth(match);
    forgetStaleAccountData(match.context.queries.client, match.context.auth);
    return guarded;
  },
  // The sidebar's account switcher and sections render on the server with the user's organizations.
  loader: ({ context }) => loadAccountData(context),
  component: AuthedLayout,
});

function AuthedLayout() {
  return (
    <QueryProvider>
      <AuthedShell />
    </QueryProvider>
  );
}

function AuthedShell() {
  const { user } = Route.useRouteContext();
  const { routesById } = useRouter();
  const { data } = useSuspenseQuery(accountContextQuery());
  const active = data.organizations.find((org) => org.id === data.activeOrganizationId);
  return (
    <AppShell
      top={<AccountSwitcher className="w-full justify-between" />}
      navLabel={m.nav_main()}
      groups={appNavGroups(user, active, organizationNavItems(Object.values(routesById)))}
    >
      <Outlet />
    </AppShell>
  );
}
