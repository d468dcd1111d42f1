import { createFileRoute, Link, Outlet } from '@tanstack/react-router';

const sections = [
  { to: '/settings/profile', label: 'Profile' },
  { to: '/settings/security', label: 'Security' },
  { to: '/settings/sessions', label: 'Sessions' },
  { to: '/settings/organization', label: 'Organization' },
  { to: '/settings/members', label: 'Members' },
] as const;

export const Route = createFileRoute('/_authed/settings')({
  head: () => ({ meta: [{ title: 'Settings — Kit' }] }),
  component: SettingsLayout,
});

function SettingsLayout() {
  return (
    <div className="grid gap-8 md:grid-cols-[12rem_1fr]">
      <nav aria-label="Settings" className="flex flex-row gap-1 overflow-x-auto md:flex-col">
        {sections.map((section) => (
          <Link
            key={section.to}
            to={section.to}
            className="rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            activeProps={{ className: 'bg-accent font-medium text-foreground' }}
          >
            {section.label}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
