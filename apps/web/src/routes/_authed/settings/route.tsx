import { createFileRoute, Link, Outlet } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

const sections = [
  { to: '/settings/profile', label: m.settings_profile },
  { to: '/settings/security', label: m.settings_security },
  { to: '/settings/sessions', label: m.settings_sessions },
] as const;

// The organization's pages (/settings/organization, /settings/members) are in the sidebar's
// organization section, shown while one is active.

export const Route = createFileRoute('/_authed/settings')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_settings() }) }] }),
  component: SettingsLayout,
});

function SettingsLayout() {
  return (
    <div className="space-y-6">
      <nav aria-label={m.nav_settings()} className="flex gap-1 overflow-x-auto border-b border-border pb-2">
        {sections.map((section) => (
          <Link
            key={section.to}
            to={section.to}
            className="rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            activeProps={{ className: 'bg-accent font-medium text-foreground' }}
          >
            {section.label()}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
