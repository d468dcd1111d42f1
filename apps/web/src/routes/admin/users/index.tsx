import { Input } from '@kit/ui/input';
import { Label } from '@kit/ui/label';
import { NativeSelect } from '@kit/ui/native-select';
import { TableCell, TableRow } from '@kit/ui/table';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { fetchAdminUsers } from '~/features/admin/admin.functions';
import { AdminList, FilterForm } from '~/features/admin/admin-list';
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

function AdminUsersPage() {
  const { users, ...pageOf } = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  return (
    <AdminList
      title={m.nav_admin_users()}
      filters={
        <FilterForm
          label={m.users_filter_label()}
          className="grid gap-3 sm:grid-cols-[1fr_8rem_8rem_10rem_auto] sm:items-end"
          submitLabel={m.action_apply()}
          onApply={(values) =>
            navigate({
              search: {
                ...searchSchema(values),
                sort: searchChoice(USER_SORTS, values.sort) ?? 'created',
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
            <NativeSelect id="user-role" name="role" defaultValue={search.role ?? ''}>
              <option value="">{m.users_any()}</option>
              <option value="admin">{roleLabel('admin')}</option>
              <option value="user">{roleLabel('user')}</option>
            </NativeSelect>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="user-banned">{m.users_status()}</Label>
            <NativeSelect id="user-banned" name="banned" defaultValue={search.banned ?? ''}>
              <option value="">{m.users_any()}</option>
              <option value="yes">{m.users_banned()}</option>
              <option value="no">{m.users_not_banned()}</option>
            </NativeSelect>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="user-sort">{m.users_sort_by()}</Label>
            <NativeSelect id="user-sort" name="sort" defaultValue={search.sort ?? 'created'}>
              <option value="created">{m.users_sort_created()}</option>
              <option value="name">{m.column_name()}</option>
              <option value="email">{m.field_email()}</option>
            </NativeSelect>
          </div>
        </FilterForm>
      }
      rows={users}
      empty={m.users_empty()}
      columns={[
        { label: m.column_name() },
        { label: m.field_email() },
        { label: m.field_role() },
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
              {m.users_order({
                order: search.order === 'asc' ? m.users_ascending() : m.users_descending(),
              })}
            </button>
          ),
        },
      ]}
      renderRow={(user) => (
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
