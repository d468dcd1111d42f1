import { Button } from '@kit/ui/button';
import { EmptyState, Table, type TableColumn } from '@kit/ui/table';
import type { FormEvent, ReactNode } from 'react';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

export interface PageOf {
  page: number;
  pageSize: number;
  total: number;
}

/** The filter form of an admin list: on submit, its fields' trimmed values (empty ones undefined). */
export function FilterForm({
  label,
  className,
  submitLabel,
  onApply,
  children,
}: {
  label: string;
  className: string;
  submitLabel: string;
  onApply: (values: Record<string, string | undefined>) => void;
  children: ReactNode;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: Record<string, string | undefined> = {};
    for (const [name, value] of new FormData(event.currentTarget)) {
      values[name] = String(value).trim() || undefined;
    }
    onApply(values);
  }
  return (
    <form aria-label={label} className={className} onSubmit={onSubmit}>
      {children}
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}

/**
 * An admin list page: its title and filters, the rows in a table (or what to say when there are none),
 * and pages whose number lives in the URL (`onPage` navigates).
 */
export function AdminList<Row>({
  title,
  filters,
  rows,
  empty,
  columns,
  renderRow,
  pageOf,
  onPage,
}: {
  title: string;
  filters: ReactNode;
  rows: Row[];
  empty: string;
  columns: TableColumn[];
  renderRow: (row: Row) => ReactNode;
  pageOf: PageOf;
  onPage: (page: number) => void;
}) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {filters}
      {rows.length === 0 && pageOf.total > 0 ? (
        <PastTheEnd {...pageOf} onPage={onPage} />
      ) : rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <Table caption={title} columns={columns}>
          {rows.map(renderRow)}
        </Table>
      )}
      <Pagination {...pageOf} onPage={onPage} />
    </div>
  );
}

const lastPageOf = ({ pageSize, total }: PageOf) => Math.max(1, Math.ceil(total / pageSize));

/** A page number past the last page (an old link, an edited address): there are rows, just not here. */
function PastTheEnd({ onPage, ...pageOf }: PageOf & { onPage: (page: number) => void }) {
  const lastPage = lastPageOf(pageOf);
  return (
    <EmptyState
      action={
        <Button variant="outline" size="sm" onClick={() => onPage(lastPage)}>
          {m.pagination_go_to_page({ page: formatNumber(lastPage) })}
        </Button>
      }
    >
      {m.pagination_past_end({ page: formatNumber(pageOf.page) })}
    </EmptyState>
  );
}

/** Previous / next with "page X of Y". */
function Pagination({ page, pageSize, total, onPage }: PageOf & { onPage: (page: number) => void }) {
  const lastPage = lastPageOf({ page, pageSize, total });
  return (
    <nav aria-label={m.pagination_label()} className="flex items-center justify-between text-sm">
      <span>
        {m.pagination_status({
          page: formatNumber(page),
          lastPage: formatNumber(lastPage),
          total: formatNumber(total),
        })}
      </span>
      <div className="flex gap-2">
        <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {m.pagination_previous()}
        </Button>
        <Button variant="outline" size="sm" disabled={page >= lastPage} onClick={() => onPage(page + 1)}>
          {m.pagination_next()}
        </Button>
      </div>
    </nav>
  );
}
