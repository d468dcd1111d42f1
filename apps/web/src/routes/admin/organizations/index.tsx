import { Input } from '@kit/ui/input';
import { TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { fetchAdminOrganizations } from '~/features/admin/admin.functions';
import { AdminList, FilterForm } from '~/features/admin/admin-list';
import { planNameOf } from '~/features/billing/plan-access';
import { statusText } from '~/features/billing/plan-text';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { searchPage, searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

const searchSchema = (search: Record<string, unknown>): { search?: string; page?: number } => ({
  search: searchText(search.search),
  page: searchPage(search.page),
});

export const Route = createFileRoute('/admin/organizations/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    fetchAdminOrganizations({ data: { search: deps.search || undefined, page: deps.page ?? 1 } }),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_admin_organizations() }) }] }),
  component: AdminOrganizationsPage,
});

function AdminOrganizationsPage() {
  const { organizations, ...pageOf } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const { billingEnabled } = Route.useRouteContext({ select: (context) => context.identity });
  return (
    <AdminList
      title={m.nav_admin_organizations()}
      filters={
        <FilterForm
          label={m.admin_search_organizations()}
          className="flex gap-2"
          submitLabel={m.action_search()}
          onApply={(values) => navigate({ search: { search: values.search, page: undefined } })}
        >
          <Input
            name="search"
            type="search"
            aria-label={m.admin_name_or_slug()}
            placeholder={m.admin_name_or_slug()}
            defaultValue={search.search ?? ''}
          />
        </FilterForm>
      }
      rows={organizations}
      empty={m.admin_orgs_empty()}
      columns={[
        { label: m.column_name() },
        { label: m.column_slug() },
        { label: m.column_members() },
        ...(billingEnabled ? [{ label: m.admin_column_plan() }, { label: m.billing_status_label() }] : []),
        { label: m.column_created() },
      ]}
      renderRow={(org) => (
        <TableRow key={org.id}>
          <TableCell>
            <Link
              to="/admin/organizations/$organizationId"
              params={{ organizationId: org.id }}
              className="font-medium underline-offset-2 hover:underline"
            >
              {org.name}
            </Link>
          </TableCell>
          <TableCell>{org.slug}</TableCell>
          <TableCell>{formatNumber(org.members)}</TableCell>
          {billingEnabled ? (
            <>
              <TableCell>{planNameOf(org)}</TableCell>
              <TableCell>{statusText(org.status)}</TableCell>
            </>
          ) : null}
          <TableCell className="text-muted-foreground">{formatDate(org.createdAt)}</TableCell>
        </TableRow>
      )}
      pageOf={pageOf}
      onPage={(next) => navigate({ search: { ...search, page: next } })}
    />
  );
}
