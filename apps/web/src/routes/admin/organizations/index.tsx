import { Button } from '@kit/ui/button';
import { Input } from '@kit/ui/input';
import { EmptyState, Table, TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { listOrganizations } from '~/features/admin/admin.functions';
import { Pagination } from '~/features/admin/pagination';
import { searchPage, searchText } from '~/lib/search-params';

const searchSchema = (search: Record<string, unknown>): { search?: string; page?: number } => ({
  search: searchText(search.search),
  page: searchPage(search.page),
});

export const Route = createFileRoute('/admin/organizations/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    listOrganizations({ data: { search: deps.search || undefined, page: deps.page ?? 1 } }),
  head: () => ({ meta: [{ title: 'Organizations — Admin — Kit' }] }),
  component: AdminOrganizationsPage,
});

function AdminOrganizationsPage() {
  const { organizations, total, page, pageSize } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Organizations</h1>
        <form
          aria-label="Search organizations"
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
            aria-label="Name or slug"
            placeholder="Name or slug"
            defaultValue={search.search ?? ''}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </div>
      {organizations.length === 0 ? (
        <EmptyState>No organizations match. Clear the search to see them all.</EmptyState>
      ) : (
        <Table
          caption="Organizations"
          columns={[{ label: 'Name' }, { label: 'Slug' }, { label: 'Members' }, { label: 'Created' }]}
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
              <TableCell>{org.members}</TableCell>
              <TableCell className="text-muted-foreground">
                {new Date(org.createdAt).toLocaleDateString()}
              </TableCell>
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
