import { requireAdminAuth } from '@kit/auth/guards';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { adminNavGroups } from '~/components/shell/nav-items';
import { QueryProvider } from '~/components/shell/query-provider';
import { forgetStaleAccountData } from '~/features/organization/forget-stale-account-data';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/admin')({
  beforeLoad: (match) => {
    const guarded = requireAdminAuth(match);
    forgetStaleAccountData(match.context.queries.client, match.context.auth);
    return guarded;
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_admin() }) }] }),
  component: AdminLayout,
});

function AdminLayout() {
  return (
    <QueryProvider>
      <AppShell navLabel={m.nav_admin()} groups={adminNavGroups()}>
        <Outlet />
      </AppShell>
    </QueryProvider>
  );
}
