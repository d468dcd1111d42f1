import { Button } from '@kit/ui/button';
import { Input } from '@kit/ui/input';
import { EmptyState, Table, TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { listOrganizations } from '~/features/admin/admin.functions';
import { Pagination } from '~/features/admin/pagination';
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
    listOrganizations({ data: { search: deps.search || undefined, page: deps.page ?? 1 } }),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_admin_organizations() }) }] }),
  component: AdminOrganizationsPage,
});

function AdminOrganizationsPage() {
  const { organizations, total, page, pageSize } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">{m.nav_admin_organizations()}</h1>
        <form
          aria-label={m.admin_search_organizations()}
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const value = String(new FormData(event.currentTarget).get('search') ?? '').trim();
            void navigate({ search: { search: value || undefined, page: undefined } });
          }}
        >
          <Input
            name="search"
            type="search"
            aria-label={m.admin_name_or_slug()}
            placeholder={m.admin_name_or_slug()}
            defaultValue={search.search ?? ''}
          />
          <Button type="submit" variant="secondary">
            {m.action_search()}
          </Button>
        </form>
      </div>
      {organizations.length === 0 ? (
        <EmptyState>{m.admin_orgs_empty()}</EmptyState>
      ) : (
        <Table
          caption={m.nav_admin_organizations()}
          columns={[
            { label: m.column_name() },
            { label: m.column_slug() },
            { label: m.column_members() },
            { label: m.column_created() },
          ]}
        >
          {organizations.map((org) => (
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
              <TableCell className="text-muted-foreground">{formatDate(org.createdAt)}</TableCell>
            </TableRow>
          ))}
        </Table>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        onPage={(next) => navigate({ search: { ...search, page: next } })}
      />
    </div>
  );
}
