import { Avatar } from '@kit/ui/avatar';
import { Input } from '@kit/ui/input';
import { Label } from '@kit/ui/label';
import { SimpleSelect } from '@kit/ui/select';
import { TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { fetchAdminUsers } from '~/features/admin/admin.functions';
import { AdminList, FilterForm } from '~/features/admin/admin-list';
import { type CurrentSort, sortableColumn } from '~/features/admin/sortable-column';
import { USER_SORTS, type UserSort } from '~/features/admin/user-sorts';
import { formatDate } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { searchChoice, searchPage, searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

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
    fetchAdminUsers({
      data: {
        search: deps.search || undefined,
        role: deps.role,
        banned: deps.banned === undefined ? undefined : deps.banned === 'yes',
        sort: deps.sort ?? 'created',
        order: deps.order ?? 'desc',
        page: deps.page ?? 1,
      },
    }),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_admin_users() }) }] }),
  component: AdminUsersPage,
});

/** "Any" in a filter: Radix's select has no empty value, and the URL reader drops this word. */
const ANY = 'any';

function AdminUsersPage() {
  const { users, ...pageOf } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const current: CurrentSort<UserSort> = { sort: search.sort ?? 'created', order: search.order ?? 'desc' };
  const onSort = (next: CurrentSort<UserSort>) =>
    navigate({ search: { ...search, ...next, page: undefined } });
  return (
    <AdminList
      title={m.nav_admin_users()}
      filters={
        <FilterForm
          label={m.users_filter_label()}
          className="grid gap-3 sm:grid-cols-[1fr_9rem_9rem_auto] sm:items-end"
          submitLabel={m.action_apply()}
          onApply={(values) =>
            navigate({
              search: {
                ...searchSchema(values),
                sort: search.sort,
                order: search.order,
                page: undefined,
              },
            })
          }
        >
          <div className="grid gap-2">
            <Label htmlFor="user-search">{m.users_name_or_email()}</Label>
            <Input id="user-search" name="search" type="search" defaultValue={search.search ?? ''} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="user-role">{m.field_role()}</Label>
            <SimpleSelect
              id="user-role"
              name="role"
              defaultValue={search.role ?? ANY}
              options={[
                { value: ANY, label: m.users_any() },
                { value: 'admin', label: roleLabel('admin') },
                { value: 'user', label: roleLabel('user') },
              ]}
            />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="user-banned">{m.users_status()}</Label>
            <SimpleSelect
              id="user-banned"
              name="banned"
              defaultValue={search.banned ?? ANY}
              options={[
                { value: ANY, label: m.users_any() },
                { value: 'yes', label: m.users_banned() },
                { value: 'no', label: m.users_not_banned() },
              ]}
            />
          </div>
        </FilterForm>
      }
      rows={users}
      empty={m.users_empty()}
      columns={[
        sortableColumn(m.column_name(), 'name', current, onSort),
        sortableColumn(m.field_email(), 'email', current, onSort),
        { label: m.field_role() },
        sortableColumn(m.members_column_joined(), 'created', current, onSort),
      ]}
      renderRow={(user) => (
        <TableRow key={user.id}>
          <TableCell>
            <span className="flex items-center gap-2">
              <Avatar name={user.name} email={user.email} seed={user.id} className="size-7" />
              <Link
                to="/admin/users/$userId"
                params={{ userId: user.id }}
                className="font-medium underline-offset-2 hover:underline"
              >
                {user.name}
              </Link>
            </span>
          </TableCell>
          <TableCell>{user.email}</TableCell>
          <TableCell>
            {roleLabel(user.role ?? 'user')}
            {user.banned ? (
              <span className="ml-2 rounded bg-destructive/10 px-1.5 py-0.5 text-xs text-destructive">
                {m.users_banned_badge()}
              </span>
            ) : null}
          </TableCell>
          <TableCell className="text-muted-foreground">
            {m.users_joined({ date: formatDate(user.createdAt) })}
          </TableCell>
        </TableRow>
      )}
      pageOf={pageOf}
      onPage={(next) => navigate({ search: { ...search, page: next } })}
    />
  );
}
