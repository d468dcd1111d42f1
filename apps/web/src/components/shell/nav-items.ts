import type { ClientIdentity, IdentityUser } from '@kit/better-auth/identity';
import type { LinkProps } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

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

/** A page of the active organization that lists itself in the sidebar (route option `staticData.nav`). */
export interface OrganizationNavEntry {
  label: () => string;
  /** Position in the organization's section, smallest first. */
  order: number;
  /** Listed only when this says so (Billing: only while billing is on); default: always. */
  shown?: (identity: ClientIdentity) => boolean;
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    nav?: OrganizationNavEntry;
  }
}

/** The organization's pages, from the routes that declare `staticData.nav`: adding a page adds its link. */
export function organizationNavItems(
  routes: Iterable<{ fullPath: string; options: { staticData?: { nav?: OrganizationNavEntry } } }>,
  identity: ClientIdentity,
): NavItem[] {
  return [...routes]
    .flatMap((route) => {
      const nav = route.options.staticData?.nav;
      return nav && (nav.shown?.(identity) ?? true) ? [{ nav, to: route.fullPath }] : [];
    })
    .sort((a, b) => a.nav.order - b.nav.order)
    .map(({ nav, to }) => ({ to: to as NavItem['to'], label: nav.label() }));
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  const paths = item.activeFor ?? [item.to];
  return paths.some((path) =>
    item.exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`),
  );
}

/** The signed-in app's sections: the organization's pages only while one is active. */
export function appNavGroups(
  user: IdentityUser,
  activeOrganization: { name: string } | undefined,
  organizationPages: NavItem[],
): NavGroup[] {
  const groups: NavGroup[] = [{ items: [{ to: '/dashboard', label: m.nav_dashboard() }] }];
  if (activeOrganization) {
    groups.push({
      label: activeOrganization.name,
      items: organizationPages,
    });
  }
  groups.push({
    label: m.nav_profile(),
    items: [
      {
        to: '/settings/profile',
        label: m.nav_settings(),
        activeFor: ['/settings/profile', '/settings/security', '/settings/sessions'],
      },
    ],
  });
  if (user.isAdmin) groups.push({ items: [{ to: '/admin', label: m.nav_admin() }] });
  return groups;
}

export function adminNavGroups(): NavGroup[] {
  return [
    {
      label: m.nav_admin(),
      items: [
        { to: '/admin', label: m.nav_admin_overview(), exact: true },
        { to: '/admin/users', label: m.nav_admin_users() },
        { to: '/admin/organizations', label: m.nav_admin_organizations() },
        { to: '/admin/audit', label: m.nav_admin_audit() },
      ],
    },
    { items: [{ to: '/dashboard', label: m.nav_back_to_app() }] },
  ];
}
