import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

export interface TableColumn {
  /** Heading text; for a visually empty heading (an actions column), give `hidden: true`. */
  label: ReactNode;
  hidden?: boolean;
  className?: string;
  /** For a sortable column (see `SortableHeader`): set as `aria-sort` on the heading cell. */
  sort?: 'ascending' | 'descending' | 'none';
}

/** A bordered, horizontally scrollable table with a header row; rows are the children. */
export function Table({
  columns,
  caption,
  children,
  className,
}: {
  columns: TableColumn[];
  caption?: string;
  children: ReactNode;
  className?: string;
}) {
  // `relative` keeps visually hidden headings inside the scroll box instead of widening the page. On a
  // narrow screen the box scrolls sideways: it is focusable so that the keyboard can scroll it too.
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-label={caption}
      className={cn(
        'relative overflow-x-auto rounded-md border border-border focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
        className,
      )}
    >
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-muted/50 text-muted-foreground">
          <tr>
            {columns.map((column, index) => (
              <th
                key={typeof column.label === 'string' ? column.label : index}
                scope="col"
                aria-sort={column.sort}
                className={cn('px-3 py-2 font-medium', column.className)}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/** A row of the table body. */
export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('border-t border-border', className)} {...props} />;
}

/** A body cell. */
export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2', className)} {...props} />;
}

/** What a list shows when it has nothing to show, with what to do about it (and a button to do it). */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  if (!action) {
    return (
      <p className="rounded-md border border-border p-6 text-center text-muted-foreground">{children}</p>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-border p-6 text-center text-muted-foreground">
      <p>{children}</p>
      {action}
    </div>
  );
}

/**
 * A column heading that sorts the table: a button toggling ascending/descending. Put it in a column's
 * `label` and give the column `sort` (the heading cell carries `aria-sort`, which screen readers
 * announce); `direction` is this column's order, or undefined when the table is sorted by another.
 */
export function SortableHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  direction: 'asc' | 'desc' | undefined;
  onSort: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onSort}
      className="-mx-1 inline-flex items-center gap-1 rounded-sm px-1 font-medium hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {label}
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none">
        {direction === undefined ? (
          <path
            d="M5 6l3-3 3 3M5 10l3 3 3-3"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="opacity-50"
          />
        ) : (
          <path
            d={direction === 'asc' ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'}
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
      </svg>
    </button>
  );
}
