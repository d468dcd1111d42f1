import { Link, type LinkProps } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

export interface Crumb {
  label: string;
  /** Omitted for the current page (the last crumb) and for a level that has no page of its own. */
  to?: LinkProps['to'];
}

/** Where the page sits: a trail of links, the current page last (aria-current="page"). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={m.breadcrumbs_label()}>
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-1.5">
              {index > 0 ? (
                <span aria-hidden="true" className="text-muted-foreground/70">
                  /
                </span>
              ) : null}
              {current ? (
                <span aria-current="page" className="font-medium text-foreground">
                  {item.label}
                </span>
              ) : item.to ? (
                <Link
                  to={item.to}
                  className="rounded-sm underline-offset-2 hover:text-foreground hover:underline"
                >
                  {item.label}
                </Link>
              ) : (
                <span>{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
