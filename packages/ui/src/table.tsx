import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

export interface TableColumn {
  /** Heading text; for a visually empty heading (an actions column), give `hidden: true`. */
  label: ReactNode;
  hidden?: boolean;
  className?: string;
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
  // `relative` keeps visually hidden headings inside the scroll box instead of widening the page.
  return (
    <div className={cn('relative overflow-x-auto rounded-md border border-border', className)}>
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-muted/50 text-muted-foreground">
          <tr>
            {columns.map((column, index) => (
              <th
                key={typeof column.label === 'string' ? column.label : index}
                scope="col"
                className={cn('px-3 py-2 font-medium', column.className)}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
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

/** What a list shows when it has nothing to show, with what to do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-border p-6 text-center text-muted-foreground">{children}</p>;
}
