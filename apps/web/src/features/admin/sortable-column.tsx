import { SortableHeader, type TableColumn } from '@kit/ui/table';

export type SortOrder = 'asc' | 'desc';

/** Where an admin list is sorted now: the URL's values, or the list's defaults when it names none. */
export interface CurrentSort<Sort extends string> {
  sort: Sort;
  order: SortOrder;
}

/**
 * A table column whose heading sorts the list by `key`: pressing it on the current column reverses the
 * order, on another column sorts by that one, ascending. `onSort` puts the choice in the URL.
 */
export function sortableColumn<Sort extends string>(
  label: string,
  key: Sort,
  current: CurrentSort<Sort>,
  onSort: (next: CurrentSort<Sort>) => void,
): TableColumn {
  const direction = current.sort === key ? current.order : undefined;
  return {
    label: (
      <SortableHeader
        label={label}
        direction={direction}
        onSort={() =>
          onSort({ sort: key, order: direction === undefined ? 'asc' : direction === 'asc' ? 'desc' : 'asc' })
        }
      />
    ),
    sort: direction === undefined ? 'none' : direction === 'asc' ? 'ascending' : 'descending',
  };
}
