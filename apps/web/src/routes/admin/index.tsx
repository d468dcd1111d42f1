import { Button } from '@kit/ui/button';
import { Input } from '@kit/ui/input';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { listUsers } from '~/features/admin/admin.functions';

const searchSchema = z.object({
  search: z.string().optional(),
  page: z.coerce.number().int().min(1).optional(),
});

export const Route = createFileRoute('/admin/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => ({ search: search.search, page: search.page ?? 1 }),
  loader: ({ deps }) => listUsers({ data: deps }),
  component: AdminUsersPage,
});

function AdminUsersPage() {
  const { users, total, page, pageSize } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="space-y-6">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
          <p className="text-muted-foreground">{total} in total</p>
        </div>
        <form
          aria-label="Search users"
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const value = String(new FormData(event.currentTarget).get('search') ?? '').trim();
            void navigate({ search: { search: value || undefined, page: undefined } });
          }}
        >
          <Input
            name="search"
            aria-label="Search users by name or email"
            placeholder="Name or email"
            defaultValue={search.search ?? ''}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </div>
      {users.length === 0 ? (
        <p className="rounded-md border border-border p-6 text-center text-muted-foreground">
          No users match.
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
                  Email
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Role
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Joined
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-border">
                  <td className="px-3 py-2">{user.name}</td>
                  <td className="px-3 py-2">{user.email}</td>
                  <td className="px-3 py-2">{user.banned ? 'banned' : (user.role ?? 'user')}</td>
                  <td className="px-3 py-2">{new Date(user.createdAt).toLocaleDateString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
        <span>
          Page {page} of {lastPage}
        </span>
        <div className="flex gap-2">
          <Button asChild variant="outline" size="sm" disabled={page <= 1}>
            <Link from={Route.fullPath} search={(prev) => ({ ...prev, page: page - 1 })} disabled={page <= 1}>
              Previous
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm" disabled={page >= lastPage}>
            <Link
              from={Route.fullPath}
              search={(prev) => ({ ...prev, page: page + 1 })}
              disabled={page >= lastPage}
            >
              Next
            </Link>
          </Button>
        </div>
      </nav>
    </div>
  );
}
