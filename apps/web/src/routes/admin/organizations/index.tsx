import { Input } from '@kit/ui/input';
import { TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { fetchAdminOrganizations } from '~/features/admin/admin.functions';
import { AdminList, FilterForm } from '~/features/admin/admin-list';
import { ORGANIZATION_SORTS, type OrganizationSort } from '~/features/admin/organization-sorts';
import { type CurrentSort, sortableColumn } from '~/features/admin/sortable-column';
import { planNameOf } from '~/features/billing/plan-access';
import { statusText } from '~/features/billing/plan-text';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { searchChoice, searchPage, searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

// Every key optional: links to this page need not name them, and the URL can be shared as it is.
interface OrganizationsSearch {
  search?: string;
  sort?: OrganizationSort;
  order?: 'asc' | 'desc';
  page?: number;
}

const searchSchema = (search: Record<string, unknown>): OrganizationsSearch => ({
  search: searchText(search.search),
  sort: searchChoice(ORGANIZATION_SORTS, search.sort),
  order: searchChoice(['asc', 'desc'], search.order),
  page: searchPage(search.page),
});

export const Route = createFileRoute('/admin/organizations/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    fetchAdminOrganizations({
      data: {
        search: deps.search || undefined,
        sort: deps.sort ?? 'created',
        order: deps.order ?? 'desc',
        page: deps.page ?? 1,
      },
    }),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_admin_organizations() }) }] }),
  component: AdminOrganizationsPage,
});

function AdminOrganizationsPage() {
  const { organizations, ...pageOf } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const { billingEnabled } = Route.useRouteContext({ select: (context) => context.identity });
  const current: CurrentSort<OrganizationSort> = {
    sort: search.sort ?? 'created',
    order: search.order ?? 'desc',
  };
  const onSort = (next: CurrentSort<OrganizationSort>) =>
    navigate({ search: { ...search, ...next, page: undefined } });
  return (
    <AdminList
      title={m.nav_admin_organizations()}
      filters={
        <FilterForm
          label={m.admin_search_organizations()}
          className="flex gap-2"
          submitLabel={m.action_search()}
          onApply={(values) => navigate({ search: { ...search, search: values.search, page: undefined } })}
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
        sortableColumn(m.column_name(), 'name', current, onSort),
        { label: m.column_slug() },
        sortableColumn(m.column_members(), 'members', current, onSort),
        ...(billingEnabled ? [{ label: m.admin_column_plan() }, { label: m.billing_status_label() }] : []),
        sortableColumn(m.column_created(), 'created', current, onSort),
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
