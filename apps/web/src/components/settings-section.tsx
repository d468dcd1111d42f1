import { Link, type LinkProps, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

export interface SettingsTab {
  to: NonNullable<LinkProps['to']>;
  label: string;
}

/**
 * The frame of a settings section (the person's, or the organization's): breadcrumbs, the current
 * tab's title as the page's h1, the section's own tabs and the page. A section shows only its own tabs.
 * Each page wraps itself in its section's frame (no layout route: a route costs every page's entry
 * chunk a few bytes, and the landing page's budget has none to spare).
 */
export function SettingsSection({
  label,
  trail,
  tabs,
  page,
  children,
}: {
  /** The section's name: its tabs' landmark label and the crumb before the page. */
  label: string;
  /** Crumbs before the section's (e.g. the organization's name). */
  trail?: Crumb[];
  tabs: SettingsTab[];
  /** The page's name when it has no tab for this person (a member on the activity log's page). */
  page?: string;
  children: ReactNode;
}) {
  const pathname = useLocation({ select: (location) => location.pathname });
  const currentTab = tabs.find((tab) => pathname === tab.to || pathname.startsWith(`${tab.to}/`));
  const current = currentTab?.label ?? page;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Breadcrumbs
          items={[
            ...(trail ?? []),
            // On the section's first page the section's crumb is not a link to the page itself.
            { label, to: currentTab && currentTab.to === tabs[0]?.to ? undefined : tabs[0]?.to },
            ...(current ? [{ label: current }] : []),
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">{current ?? label}</h1>
      </div>
      <nav aria-label={label} className="flex gap-1 overflow-x-auto border-b border-border pb-2">
        {tabs.map((tab) => (
          <Link
            key={tab.to}
            to={tab.to}
            className="whitespace-nowrap rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            activeProps={{ className: 'bg-accent font-medium text-foreground' }}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
