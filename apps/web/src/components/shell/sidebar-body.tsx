import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { m } from '~/paraglide/messages';
import type { NavGroup } from './nav-items';
import { SidebarNav } from './sidebar-nav';
import { UserMenu } from './user-menu';

/** What the sidebar and the mobile drawer both show: a header slot, the sections, the user menu. */
export function SidebarBody({
  top,
  navLabel,
  groups,
  onNavigate,
}: {
  top?: ReactNode;
  navLabel: string;
  groups: NavGroup[];
  onNavigate?: () => void;
}) {
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="space-y-3 border-b border-border p-3">
        <Link to="/" onClick={onNavigate} className="block px-2 pt-1 font-semibold tracking-tight">
          {m.app_name()}
        </Link>
        {top}
      </div>
      <SidebarNav label={navLabel} groups={groups} onNavigate={onNavigate} />
      <div className="border-t border-border p-3">
        <UserMenu />
      </div>
    </div>
  );
}
