import { cn } from '@kit/ui/cn';
import { Toaster } from '@kit/ui/toast';
import { Link, useLocation } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { m } from '~/paraglide/messages';
import type { NavGroup } from './nav-items';
import { SidebarBody } from './sidebar-body';
import { MenuIcon, SidebarIcon } from './sidebar-toggle-icons';
import { useSidebarCollapsed } from './use-sidebar-collapsed';

const MobileNavDrawer = lazy(() => import('./mobile-nav-drawer'));

const iconButton =
  'inline-flex size-9 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/**
 * The frame of every signed-in page: a sidebar (collapsible) from 768 px, a drawer below; the page in a
 * column that never grows wider than the screen.
 */
export function AppShell({
  banner,
  top,
  navLabel,
  groups,
  children,
}: {
  /** Above everything, full width (the impersonation and past-due banners). */
  banner?: ReactNode;
  top?: ReactNode;
  navLabel: string;
  groups: NavGroup[];
  children: ReactNode;
}) {
  const pathname = useLocation({ select: (location) => location.pathname });
  const { collapsed, toggle } = useSidebarCollapsed();
  // Open "for" a path: navigating anywhere else closes the drawer without an effect.
  const [drawerOpenAt, setDrawerOpenAt] = useState<string | null>(null);
  const [drawerLoaded, setDrawerLoaded] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const drawerOpen = drawerOpenAt === pathname;
  const body = { top, navLabel, groups };

  return (
    <div data-app-shell className="flex min-h-screen flex-col">
      {banner}
      <div className="flex flex-1">
        <aside
          aria-label={m.nav_sidebar()}
          className="sticky top-0 hidden h-screen w-64 shrink-0 border-r border-border bg-muted/40 md:block md:sidebar-collapsed:hidden"
        >
          <SidebarBody {...body} />
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center gap-2 border-b border-border px-4">
            <button
              ref={menuButton}
              type="button"
              className={cn(iconButton, 'md:hidden')}
              aria-label={m.shell_open_navigation()}
              aria-haspopup="dialog"
              aria-expanded={drawerOpen}
              onClick={() => {
                setDrawerLoaded(true);
                setDrawerOpenAt(pathname);
              }}
            >
              <MenuIcon />
            </button>
            <button
              type="button"
              className={cn(iconButton, 'hidden md:inline-flex')}
              aria-label={collapsed ? m.shell_show_sidebar() : m.shell_hide_sidebar()}
              aria-expanded={!collapsed}
              onClick={toggle}
            >
              <SidebarIcon />
            </button>
            <Link to="/" className="font-semibold tracking-tight md:hidden md:sidebar-collapsed:inline">
              {m.app_name()}
            </Link>
          </header>
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 md:px-8">
            {children}
          </main>
        </div>
      </div>
      {drawerLoaded ? (
        <Suspense fallback={null}>
          <MobileNavDrawer
            {...body}
            open={drawerOpen}
            onOpenChange={(open) => setDrawerOpenAt(open ? pathname : null)}
            returnFocusTo={() => menuButton.current}
          />
        </Suspense>
      ) : null}
      <Toaster />
    </div>
  );
}
