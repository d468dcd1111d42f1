import { requireAdminAuth } from '@kit/auth/guards';
import { createFileRoute, Link, Outlet } from '@tanstack/react-router';
import { AppLayout } from '~/components/app-layout';
import { forgetStaleAccountData } from '~/features/organization/forget-stale-account-data';
import { loadAccountData } from '~/features/organization/load-account-data';

const sections = [
  { to: '/admin', label: 'Overview', exact: true },
  { to: '/admin/users', label: 'Users', exact: false },
  { to: '/admin/organizations', label: 'Organizations', exact: false },
  { to: '/admin/audit', label: 'Audit log', exact: false },
] as const;

export const Route = createFileRoute('/admin')({
  beforeLoad: (match) => {
    const guarded = requireAdminAuth(match);
    forgetStaleAccountData(match.context.queries.client, match.context.auth);
    return guarded;
  },
  loader: ({ context }) => loadAccountData(context),
  head: () => ({ meta: [{ title: 'Admin — Kit' }] }),
  component: AdminLayout,
});

function AdminLayout() {
  return (
    <AppLayout>
      <div className="space-y-6">
        <nav aria-label="Admin" className="flex gap-1 overflow-x-auto border-b border-border pb-2">
          {sections.map((section) => (
            <Link
              key={section.to}
              to={section.to}
              activeOptions={{ exact: section.exact }}
              className="rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground"
              activeProps={{ className: 'bg-accent font-medium text-foreground' }}
            >
              {section.label}
            </Link>
          ))}
        </nav>
        <Outlet />
      </div>
    </AppLayout>
  );
}
