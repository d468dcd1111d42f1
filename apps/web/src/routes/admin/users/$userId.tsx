import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { Breadcrumbs } from '~/components/breadcrumbs';
import { fetchAdminUser } from '~/features/admin/admin.functions';
import { revokeAllUserSessions, revokeUserSession } from '~/features/admin/user-actions.functions';
import { BanCard, DeleteUserCard, ImpersonateCard, RoleCard } from '~/features/admin/user-admin-actions';
import { formatDate, formatDateTime, formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { orNotFound } from '~/lib/or-not-found';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/admin/users/$userId')({
  loader: ({ params }) => orNotFound(fetchAdminUser({ data: { userId: params.userId } })),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.admin_user_title() }) }] }),
  component: AdminUserPage,
});

function AdminUserPage() {
  const { profile, organizations, sessions, soleOwnedOrganizations } = Route.useLoaderData();
  const revokeOneFn = useServerFn(revokeUserSession);
  const revokeAllFn = useServerFn(revokeAllUserSessions);
  const revokeOne = useReloadingMutation(revokeOneFn, m.admin_session_revoked());
  const revokeAll = useReloadingMutation(revokeAllFn, m.admin_sessions_revoked());
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { label: m.nav_admin(), to: '/admin' },
            { label: m.nav_admin_users(), to: '/admin/users' },
            { label: profile.name },
          ]}
        />
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{profile.name}</h1>
        <p className="text-muted-foreground">
          {m.admin_user_summary({
            email: profile.email,
            verified: profile.emailVerified ? m.admin_user_verified() : m.admin_user_not_verified(),
            role: roleLabel(profile.role ?? 'user'),
            date: formatDate(profile.createdAt),
          })}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <RoleCard profile={profile} />
        <ImpersonateCard profile={profile} />
      </div>
      <BanCard profile={profile} banReason={profile.banReason} banExpires={profile.banExpires} />
      <Card>
        <CardHeader>
          <CardTitle>{m.nav_admin_organizations()}</CardTitle>
          <CardDescription>
            {organizations.length === 0 ? m.admin_user_no_organizations() : null}
          </CardDescription>
        </CardHeader>
        {organizations.length > 0 ? (
          <CardContent>
            <ul className="divide-y divide-border text-sm">
              {organizations.map((org) => (
                <li key={org.id} className="flex justify-between py-2">
                  <Link
                    to="/admin/organizations/$organizationId"
                    params={{ organizationId: org.id }}
                    className="underline-offset-2 hover:underline"
                  >
                    {org.name}
                  </Link>
                  <span className="text-muted-foreground">{roleLabel(org.role)}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        ) : null}
      </Card>
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <div>
            <CardTitle>{m.admin_sessions_title()}</CardTitle>
            <CardDescription>
              {sessions.length === 0
                ? m.admin_sessions_none()
                : m.admin_sessions_active({ count: formatNumber(sessions.length) })}
            </CardDescription>
          </div>
          {sessions.length > 0 ? (
            <ConfirmDialog
              trigger={
                <Button variant="outline" size="sm">
                  {m.admin_revoke_all()}
                </Button>
              }
              title={m.confirm_admin_revoke_all_title({ name: profile.name })}
              description={m.confirm_admin_revoke_all_description({ name: profile.name })}
              confirmLabel={m.confirm_admin_revoke_all()}
              cancelLabel={m.action_cancel()}
              onConfirm={() => revokeAll.mutateAsync({ data: { userId: profile.id } })}
            />
          ) : null}
        </CardHeader>
        {sessions.length > 0 ? (
          <CardContent>
            <ul className="divide-y divide-border text-sm">
              {sessions.map((session) => (
                <li key={session.id} className="flex flex-wrap items-center gap-3 py-2">
                  <span className="min-w-0 flex-1 truncate" title={session.userAgent ?? undefined}>
                    {session.userAgent ?? m.admin_unknown_device()}
                  </span>
                  <span className="text-muted-foreground">{session.ipAddress ?? m.admin_no_ip()}</span>
                  <span className="text-muted-foreground">
                    {m.admin_session_active_at({ date: formatDateTime(session.updatedAt) })}
                  </span>
                  {session.impersonatedBy ? (
                    <span className="text-xs text-destructive">{m.admin_session_impersonation()}</span>
                  ) : null}
                  <ConfirmDialog
                    trigger={
                      <Button variant="ghost" size="sm">
                        {m.admin_revoke()}
                      </Button>
                    }
                    title={m.confirm_admin_revoke_title({ name: profile.name })}
                    description={m.confirm_admin_revoke_description()}
                    confirmLabel={m.confirm_admin_revoke()}
                    cancelLabel={m.action_cancel()}
                    onConfirm={() =>
                      revokeOne.mutateAsync({ data: { userId: profile.id, sessionId: session.id } })
                    }
                  />
                </li>
              ))}
            </ul>
          </CardContent>
        ) : null}
      </Card>
      <DeleteUserCard profile={profile} soleOwnedOrganizations={soleOwnedOrganizations} />
    </div>
  );
}
