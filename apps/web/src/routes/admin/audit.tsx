import { Input } from '@kit/ui/input';
import { Label } from '@kit/ui/label';
import { TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { fetchAuditLog } from '~/features/admin/admin.functions';
import { AdminList, FilterForm } from '~/features/admin/admin-list';
import { formatDateTime } from '~/lib/i18n/format';
import { searchDate, searchPage, searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

interface AuditSearch {
  action?: string;
  actor?: string;
  target?: string;
  organization?: string;
  from?: string;
  to?: string;
  page?: number;
}

const searchSchema = (search: Record<string, unknown>): AuditSearch => ({
  action: searchText(search.action),
  actor: searchText(search.actor),
  target: searchText(search.target),
  organization: searchText(search.organization),
  from: searchDate(search.from),
  to: searchDate(search.to),
  page: searchPage(search.page),
});

export const Route = createFileRoute('/admin/audit')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    fetchAuditLog({
      data: {
        action: deps.action || undefined,
        actor: deps.actor || undefined,
        target: deps.target || undefined,
        organization: deps.organization || undefined,
        from: deps.from,
        to: deps.to,
        page: deps.page ?? 1,
      },
    }),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_admin_audit() }) }] }),
  component: AuditPage,
});

const filters = [
  { name: 'action', label: m.audit_field_action, placeholder: 'user.ban', type: 'text' },
  { name: 'actor', label: m.audit_field_actor, placeholder: '', type: 'text' },
  { name: 'target', label: m.audit_field_target, placeholder: '', type: 'text' },
  { name: 'organization', label: m.audit_field_organization, placeholder: '', type: 'text' },
  { name: 'from', label: m.audit_field_from, placeholder: '', type: 'date' },
  { name: 'to', label: m.audit_field_to, placeholder: '', type: 'date' },
] as const;

function AuditPage() {
  const { entries, ...pageOf } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  return (
    <AdminList
      title={m.nav_admin_audit()}
      filters={
        <FilterForm
          label={m.audit_filter_label()}
          className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[repeat(6,1fr)_auto] lg:items-end"
          submitLabel={m.action_filter()}
          onApply={(values) => navigate({ search: { ...searchSchema(values), page: undefined } })}
        >
          {filters.map((filter) => (
            <div key={filter.name} className="grid gap-2">
              <Label htmlFor={`audit-${filter.name}`}>{filter.label()}</Label>
              <Input
                id={`audit-${filter.name}`}
                name={filter.name}
                type={filter.type}
                placeholder={filter.placeholder}
                defaultValue={search[filter.name] ?? ''}
              />
            </div>
          ))}
        </FilterForm>
      }
      rows={entries}
      empty={m.audit_empty()}
      columns={[
        { label: m.audit_column_time() },
        { label: m.audit_field_action() },
        { label: m.audit_column_actor() },
        { label: m.audit_column_target() },
        { label: m.audit_column_from() },
      ]}
      renderRow={(entry) => (
        <TableRow key={entry.id} className="align-top" data-testid="audit-entry">
          <TableCell className="whitespace-nowrap">{formatDateTime(entry.createdAt)}</TableCell>
          <TableCell className="font-mono text-xs">
            {entry.action}
            {entry.metadata ? <div className="text-muted-foreground">{entry.metadata}</div> : null}
          </TableCell>
          <TableCell>
            {entry.actorEmail ?? entry.actorId ?? m.audit_unknown_actor()}
            {entry.impersonatorId ? (
              <div className="text-xs text-destructive">
                {m.audit_impersonated_by({ id: entry.impersonatorId })}
              </div>
            ) : null}
          </TableCell>
          <TableCell className="font-mono text-xs">
            {entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : '—'}
            {entry.organizationId ? (
              <div className="text-muted-foreground">
                <Link
                  to="/admin/organizations/$organizationId"
                  params={{ organizationId: entry.organizationId }}
                  className="underline-offset-2 hover:underline"
                >
                  {m.audit_column_organization({ id: entry.organizationId.slice(0, 8) })}
                </Link>
              </div>
            ) : null}
          </TableCell>
          <TableCell className="text-xs text-muted-foreground">
            {entry.ipAddress ?? m.admin_no_ip()}
            <div className="max-w-48 truncate" title={entry.userAgent ?? undefined}>
              {entry.userAgent}
            </div>
          </TableCell>
        </TableRow>
      )}
      pageOf={pageOf}
      onPage={(next) => navigate({ search: { ...search, page: next } })}
    />
  );
}
