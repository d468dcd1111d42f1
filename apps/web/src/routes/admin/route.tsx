import { createFileRoute, Outlet } from '@tanstack/react-router';
import { AppShell } from '~/components/shell/app-shell';
import { adminNavGroups } from '~/components/shell/nav-items';
import { requireAdminAuth } from '~/lib/auth/guards';

export const Route = createFileRoute('/admin')({
  beforeLoad: requireAdminAuth,
  head: () => ({ meta: [{ title: 'Admin — Kit' }] }),
  component: AdminLayout,
});

function AdminLayout() {
  return (
    <AppShell navLabel="Admin" groups={adminNavGroups}>
      <Outlet />
    </AppShell>
  );
}
