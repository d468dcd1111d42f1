import { Button } from '@kit/ui/button';
import { EmptyState, Table, TableCell, TableRow } from '@kit/ui/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '~/lib/i18n/format';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';
import { activityQuery } from './activity.queries';
import type { ActivityItem } from './activity.service';
import { describeActivity } from './activity-labels';

/** The actor's current name, else the address kept with the event. */
export function actorLabel(item: ActivityItem): string {
  return item.actorName ?? item.actorEmail ?? m.activity_deleted_actor();
}

/** Who acted: their name (with the address as a hint), or the address kept with a deleted account's events. */
export function ActivityActor({ item }: { item: ActivityItem }) {
  return (
    <>
      <span className="font-medium">{actorLabel(item)}</span>
      {item.actorName && item.actorEmail ? (
        <div className="text-xs text-muted-foreground">{item.actorEmail}</div>
      ) : null}
      {item.impersonated ? <div className="text-xs text-destructive">{m.activity_by_admin()}</div> : null}
    </>
  );
}

function ActivityRow({ item }: { item: ActivityItem }) {
  return (
    <TableRow className="align-top" data-testid="activity-entry">
      <TableCell>
        <ActivityActor item={item} />
      </TableCell>
      <TableCell>{describeActivity(item.action, item.details)}</TableCell>
      <TableCell className="whitespace-nowrap">
        <time dateTime={new Date(item.createdAt).toISOString()}>{formatDateTime(item.createdAt)}</time>
      </TableCell>
      <TableCell className="text-xs text-muted-foreground">
        <div className="font-mono">{item.ipAddress ?? m.admin_no_ip()}</div>
        {item.userAgent ? <div>{item.userAgent}</div> : null}
      </TableCell>
    </TableRow>
  );
}

/**
 * The organization's activity, a page at a time. Older pages follow the server's cursor; the cursors
 * already passed are kept so that "Newer" goes back without the server counting offsets.
 */
export function ActivityList() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors.at(-1);
  const { data, isPending, isError, isPlaceholderData } = useQuery({
    ...activityQuery(useOrganizationScope(), cursor),
    placeholderData: (previous) => previous,
  });
  if (isError) return <p role="alert">{m.activity_load_error()}</p>;
  if (isPending)
    return (
      <p role="status" className="text-sm text-muted-foreground">
        {m.loading()}
      </p>
    );
  if (data.items.length === 0 && cursors.length === 1) return <EmptyState>{m.activity_empty()}</EmptyState>;
  // Unavailable rather than disabled: a disabled button loses the keyboard focus that pressed it.
  const noNewer = cursors.length === 1 || isPlaceholderData;
  const noOlder = !data.nextCursor || isPlaceholderData;
  return (
    <div className="space-y-4" aria-busy={isPlaceholderData || undefined}>
      <Table
        caption={m.activity_title()}
        columns={[
          { label: m.activity_column_who() },
          { label: m.activity_column_what() },
          { label: m.activity_column_when() },
          { label: m.activity_column_from() },
        ]}
      >
        {data.items.map((item) => (
          <ActivityRow key={item.id} item={item} />
        ))}
      </Table>
      <nav aria-label={m.activity_pager_label()} className="flex justify-between gap-2">
        <Button
          variant="outline"
          size="sm"
          aria-disabled={noNewer || undefined}
          onClick={() => {
            if (!noNewer) setCursors((list) => list.slice(0, -1));
          }}
        >
          {m.activity_newer()}
        </Button>
        <Button
          variant="outline"
          size="sm"
          aria-disabled={noOlder || undefined}
          onClick={() => {
            const next = data.nextCursor;
            if (!noOlder && next) setCursors((list) => [...list, next]);
          }}
        >
          {m.activity_older()}
        </Button>
      </nav>
    </div>
  );
}
