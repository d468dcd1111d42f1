import { Button } from '@kit/ui/button';
import { Input } from '@kit/ui/input';
import { Label } from '@kit/ui/label';
import { NativeSelect } from '@kit/ui/native-select';
import { EmptyState, Table, TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { listUsers } from '~/features/admin/admin.functions';
import { Pagination } from '~/features/admin/pagination';
import { USER_SORTS, type UserSort } from '~/features/admin/user-sorts';
import { searchChoice, searchPage, searchText } from '~/lib/search-params';

// Every key optional: links to this page need not name them, and the URL can be shared as it is.
interface UsersSearch {
  search?: string;
  role?: 'admin' | 'user';
  banned?: 'yes' | 'no';
  sort?: UserSort;
  order?: 'asc' | 'desc';
  page?: number;
}

const searchSchema = (search: Record<string, unknown>): UsersSearch => ({
  search: searchText(search.search),
  role: searchChoice(['admin', 'user'], search.role),
  banned: searchChoice(['yes', 'no'], search.banned),
  sort: searchChoice(USER_SORTS, search.sort),
  order: searchChoice(['asc', 'desc'], search.order),
  page: searchPage(search.page),
});

export const Route = createFileRoute('/admin/users/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) =>
    listUsers({
      data: {
        search: deps.search || undefined,
        role: deps.role,
        banned: deps.banned === undefined ? undefined : deps.banned === 'yes',
        sort: deps.sort ?? 'created',
        order: deps.order ?? 'desc',
        page: deps.page ?? 1,
      },
    }),
  head: () => ({ meta: [{ title: 'Users — Admin — Kit' }] }),
  component: AdminUsersPage,
});

function AdminUsersPage() {
  const { users, total, page, pageSize } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <form
        aria-label="Filter users"
        className="grid gap-3 sm:grid-cols-[1fr_8rem_8rem_10rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
          void navigate({
            search: {
              search: text('search'),
              role: text('role') as 'admin' | 'user' | undefined,
              banned: text('banned') as 'yes' | 'no' | undefined,
              sort: (text('sort') ?? 'created') as (typeof USER_SORTS)[number],
              order: search.order,
              page: undefined,
            },
          });
        }}
      >
        <div className="grid gap-2">
          <Label htmlFor="user-search">Name or email</Label>
          <Input id="user-search" name="search" type="search" defaultValue={search.search ?? ''} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="user-role">Role</Label>
          <NativeSelect id="user-role" name="role" defaultValue={search.role ?? ''}>
            <option value="">Any</option>
            <option value="admin">admin</option>
            <option value="user">user</option>
          </NativeSelect>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="user-banned">Status</Label>
          <NativeSelect id="user-banned" name="banned" defaultValue={search.banned ?? ''}>
            <option value="">Any</option>
            <option value="yes">Banned</option>
            <option value="no">Not banned</option>
          </NativeSelect>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="user-sort">Sort by</Label>
          <NativeSelect id="user-sort" name="sort" defaultValue={search.sort ?? 'created'}>
            <option value="created">Sign-up date</option>
            <option value="name">Name</option>
            <option value="email">Email</option>
          </NativeSelect>
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {users.length === 0 ? (
        <EmptyState>No users match. Clear the filters to see everyone.</EmptyState>
      ) : (
        <Table
          caption="Users"
          columns={[
            { label: 'Name' },
            { label: 'Email' },
            { label: 'Role' },
            {
              label: (
                <button
                  type="button"
                  className="underline-offset-2 hover:underline"
                  onClick={() =>
                    navigate({
                      search: { ...search, order: search.order === 'asc' ? 'desc' : 'asc', page: undefined },
                    })
                  }
                >
                  Order: {search.order === 'asc' ? 'ascending' : 'descending'}
                </button>
              ),
            },
          ]}
        >
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell>
                <Link
                  to="/admin/users/$userId"
                  params={{ userId: user.id }}
                  className="font-medium underline-offset-2 hover:underline"
                >
                  {user.name}
                </Link>
              </TableCell>
              <TableCell>{user.email}</TableCell>
              <TableCell>
                {user.role ?? 'user'}
                {user.banned ? (
                  <span className="ml-2 rounded bg-destructive/10 px-1.5 py-0.5 text-xs text-destructive">
                    banned
                  </span>
                ) : null}
              </TableCell>
              <TableCell className="text-muted-foreground">
                joined {new Date(user.createdAt).toLocaleDateString()}
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
