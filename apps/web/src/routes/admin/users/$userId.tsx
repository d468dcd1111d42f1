import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { fetchAdminUser } from '~/features/admin/admin.functions';
import { revokeAllUserSessions, revokeUserSession } from '~/features/admin/user-actions.functions';
import { BanCard, DeleteUserCard, ImpersonateCard, RoleCard } from '~/features/admin/user-admin-actions';
import { useReloadingMutation } from '~/lib/use-reloading-mutation';

export const Route = createFileRoute('/admin/users/$userId')({
  loader: ({ params }) => fetchAdminUser({ data: { userId: params.userId } }),
  head: () => ({ meta: [{ title: 'User — Admin — Kit' }] }),
  component: AdminUserPage,
});

function AdminUserPage() {
  const { profile, organizations, sessions, soleOwnedOrganizations } = Route.useLoaderData();
  const revokeOneFn = useServerFn(revokeUserSession);
  const revokeAllFn = useServerFn(revokeAllUserSessions);
  const revokeOne = useReloadingMutation(revokeOneFn, 'Session revoked.');
  const revokeAll = useReloadingMutation(revokeAllFn, 'All sessions revoked.');
  return (
    <div className="space-y-6">
      <div>
        <Link to="/admin/users" className="text-sm text-muted-foreground underline-offset-2 hover:underline">
          ← Users
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{profile.name}</h1>
        <p className="text-muted-foreground">
          {profile.email} · {profile.emailVerified ? 'verified' : 'not verified'} · {profile.role ?? 'user'} ·
          joined {new Date(profile.createdAt).toLocaleDateString()}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <RoleCard profile={profile} />
        <ImpersonateCard profile={profile} />
      </div>
      <BanCard profile={profile} banReason={profile.banReason} banExpires={profile.banExpires} />
      <Card>
        <CardHeader>
          <CardTitle>Organizations</CardTitle>
          <CardDescription>
            {organizations.length === 0 ? 'Not a member of any organization.' : null}
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
                  <span className="text-muted-foreground">{org.role}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        ) : null}
      </Card>
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <div>
            <CardTitle>Active sessions</CardTitle>
            <CardDescription>
              {sessions.length === 0
                ? 'None: the user is signed out everywhere.'
                : `${sessions.length} active`}
            </CardDescription>
          </div>
          {sessions.length > 0 ? (
            <Button
              variant="outline"
              size="sm"
              isLoading={revokeAll.isPending}
              onClick={() => revokeAll.mutate({ data: { userId: profile.id } })}
            >
              Revoke all
            </Button>
          ) : null}
        </CardHeader>
        {sessions.length > 0 ? (
          <CardContent>
            <ul className="divide-y divide-border text-sm">
              {sessions.map((session) => (
                <li key={session.id} className="flex flex-wrap items-center gap-3 py-2">
                  <span className="min-w-0 flex-1 truncate" title={session.userAgent ?? undefined}>
                    {session.userAgent ?? 'Unknown device'}
                  </span>
                  <span className="text-muted-foreground">{session.ipAddress ?? 'no IP'}</span>
                  <span className="text-muted-foreground">
                    active {new Date(session.updatedAt).toLocaleString()}
                  </span>
                  {session.impersonatedBy ? (
                    <span className="text-xs text-destructive">impersonation</span>
                  ) : null}
                  <Button
                    variant="ghost"
                    size="sm"
                    isLoading={revokeOne.isPending && revokeOne.variables?.data.sessionId === session.id}
                    onClick={() => revokeOne.mutate({ data: { userId: profile.id, sessionId: session.id } })}
                  >
                    Revoke
                  </Button>
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
