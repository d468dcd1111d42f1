import { requireAdminAuth } from '@kit/auth/guards';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { adminNavGroups } from '~/components/shell/nav-items';
import { QueryProvider } from '~/components/shell/query-provider';
import { ImpersonationBanner } from '~/features/admin/impersonation-banner';
import { useIdentityRevalidation } from '~/lib/auth/use-identity-revalidation';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/admin')({
  beforeLoad: requireAdminAuth,
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_admin() }) }] }),
  component: AdminLayout,
});

function AdminLayout() {
  useIdentityRevalidation();
  return (
    <QueryProvider>
      <AppShell banner={<ImpersonationBanner />} navLabel={m.nav_admin()} groups={adminNavGroups()}>
        <Outlet />
      </AppShell>
    </QueryProvider>
  );
}
