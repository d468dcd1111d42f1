import { Button } from '@kit/ui/button';
import { formatNumber } from '~/lib/i18n/format';
import { m } from '~/paraglide/messages';

/** Previous / next with "page X of Y"; the page lives in the URL, so `onPage` navigates. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
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
