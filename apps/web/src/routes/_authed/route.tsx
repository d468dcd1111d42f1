import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { appNavGroups } from '~/components/shell/nav-items';
import { accountContextQuery } from '~/features/organization/account.queries';
import { AccountSwitcher } from '~/features/organization/account-switcher';
import { requireAuth } from '~/lib/auth/guards';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed')({
  beforeLoad: requireAuth,
  // The sidebar's account switcher and sections render on the server with the user's organizations.
  loader: ({ context }) => context.queryClient.ensureQueryData(accountContextQuery()),
  component: AuthedLayout,
});

function AuthedLayout() {
  const { user } = Route.useRouteContext();
  const { data } = useSuspenseQuery(accountContextQuery());
  const active = data.organizations.find((org) => org.id === data.activeOrganizationId);
  return (
    <AppShell
      top={<AccountSwitcher className="w-full justify-between" />}
      navLabel={m.nav_main()}
      groups={appNavGroups(user, active)}
    >
      <Outlet />
    </AppShell>
  );
}
