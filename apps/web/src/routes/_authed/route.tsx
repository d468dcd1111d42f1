import { requireOnboarded } from '@kit/auth/guards';
import { createFileRoute, Outlet, useRouter } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { appNavGroups, organizationNavItems } from '~/components/shell/nav-items';
import { QueryProvider } from '~/components/shell/query-provider';
import { ImpersonationBanner } from '~/features/admin/impersonation-banner';
import { PastDueBanner } from '~/features/billing/past-due-banner';
import { AccountSwitcher } from '~/features/organization/account-switcher';
import { useIdentityRevalidation } from '~/lib/auth/use-identity-revalidation';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed')({
  beforeLoad: requireOnboarded,
  component: AuthedLayout,
});

function AuthedLayout() {
  useIdentityRevalidation();
  return (
    <QueryProvider>
      <AuthedShell />
    </QueryProvider>
  );
}

function AuthedShell() {
  const { user, identity } = Route.useRouteContext();
  const { routesById } = useRouter();
  const active = identity.organizations.find((org) => org.id === identity.activeOrganizationId);
  return (
    <AppShell
      banner={
        <>
          <ImpersonationBanner />
          <PastDueBanner />
        </>
      }
      top={<AccountSwitcher className="w-full justify-between" />}
      navLabel={m.nav_main()}
      groups={appNavGroups(user, active, organizationNavItems(Object.values(routesById), identity))}
    >
      <Outlet />
    </AppShell>
  );
}
