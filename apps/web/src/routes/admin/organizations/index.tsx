import { Button } from '@kit/ui/button';
import { Input } from '@kit/ui/input';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { listOrganizations } from '~/features/admin/admin.functions';
import { Pagination } from '~/features/admin/pagination';

const searchSchema = z.object({
  search: z.string().optional(),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
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
        <p className="rounded-md border border-border p-6 text-center text-muted-foreground">
          No organizations match.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-border">
          <table className="w-full text-left text-sm">
            <thead className="bg-muted/50 text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Slug
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Members
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Created
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((org) => (
                <tr key={org.id} className="border-t border-border">
                  <td className="px-3 py-2">
                    <Link
                      to="/admin/organizations/$organizationId"
                      params={{ organizationId: org.id }}
                      className="font-medium underline-offset-2 hover:underline"
                    >
                      {org.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{org.slug}</td>
                  <td className="px-3 py-2">{org.members}</td>
                  <td className="px-3 py-2 text-muted-foreground">
                    {new Date(org.createdAt).toLocaleDateString()}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
