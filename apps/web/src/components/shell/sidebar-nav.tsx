import { cn } from '@kit/ui/cn';
import { Link, useLocation } from '@tanstack/react-router';
import { NAV_ICONS } from './nav-icons';
import { isNavItemActive, type NavGroup } from './nav-items';

export function SidebarNav({
  label,
  groups,
  onNavigate,
}: {
  label: string;
  groups: NavGroup[];
  onNavigate?: () => void;
}) {
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <nav aria-label={label} className="flex-1 space-y-4 overflow-y-auto px-3 py-4">
      {groups.map((group, index) => (
        <div key={group.label ?? index} className="space-y-1">
          {group.label ? (
            <p className="truncate px-3 text-xs font-medium uppercase tracking-wide text-muted-foreground">
              {group.label}
            </p>
          ) : null}
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const active = isNavItemActive(item, pathname);
              const Icon = item.icon ? NAV_ICONS[item.icon] : null;
              return (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    onClick={onNavigate}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'flex items-center gap-2 rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                      active && 'bg-accent font-medium text-foreground',
                    )}
                  >
                    {Icon ? <Icon aria-hidden="true" className="size-4 shrink-0" /> : null}
                    <span className="truncate">{item.label}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
