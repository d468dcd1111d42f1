import type { LinkProps } from '@tanstack/react-router';
import type { AuthState } from '~/lib/auth/session.functions';

export interface NavItem {
  to: NonNullable<LinkProps['to']>;
  label: string;
  /** Paths (prefixes) under which the item is the current page; default: `to` and below. */
  activeFor?: string[];
  exact?: boolean;
}

export interface NavGroup {
  label?: string;
  items: NavItem[];
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  const paths = item.activeFor ?? [item.to];
  return paths.some((path) =>
    item.exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`),
  );
}

/** The signed-in app's sections: the organization's pages only while one is active. */
export function appNavGroups(
  user: NonNullable<AuthState['user']>,
  activeOrganization: { name: string } | undefined,
): NavGroup[] {
  const groups: NavGroup[] = [{ items: [{ to: '/dashboard', label: 'Dashboard' }] }];
  if (activeOrganization) {
    groups.push({
      label: activeOrganization.name,
      items: [
        { to: '/settings/members', label: 'Members' },
        { to: '/settings/organization', label: 'Organization' },
      ],
    });
  }
  groups.push({
    label: 'Account',
    items: [
      {
        to: '/settings/profile',
        label: 'Settings',
        activeFor: ['/settings/profile', '/settings/security', '/settings/sessions'],
      },
    ],
  });
  if (user.isAdmin) groups.push({ items: [{ to: '/admin', label: 'Admin' }] });
  return groups;
}

export const adminNavGroups: NavGroup[] = [
  {
    label: 'Admin',
    items: [
      { to: '/admin', label: 'Overview', exact: true },
      { to: '/admin/users', label: 'Users' },
      { to: '/admin/organizations', label: 'Organizations' },
      { to: '/admin/audit', label: 'Audit log' },
    ],
  },
  { items: [{ to: '/dashboard', label: 'Back to the app' }] },
];
