import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { fetchAdminOrganization } from '~/features/admin/admin.functions';

export const Route = createFileRoute('/admin/organizations/$organizationId')({
  loader: ({ params }) => fetchAdminOrganization({ data: { organizationId: params.organizationId } }),
  head: () => ({ meta: [{ title: 'Organization — Admin — Kit' }] }),
  component: AdminOrganizationPage,
});

function AdminOrganizationPage() {
  const { organization, members, invitations } = Route.useLoaderData();
  return (
    <div className="space-y-6">
      <div>
        <Link
          to="/admin/organizations"
          className="text-sm text-muted-foreground underline-offset-2 hover:underline"
        >
          ← Organizations
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{organization.name}</h1>
        <p className="text-muted-foreground">
          {organization.slug} · created {new Date(organization.createdAt).toLocaleDateString()}
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>{members.length} in all</CardDescription>
        </CardHeader>
        <CardContent>
          {members.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No members: nobody can sign in to this organization.
            </p>
          ) : null}
          <ul className="divide-y divide-border text-sm">
            {members.map((member) => (
              <li key={member.id} className="flex justify-between gap-3 py-2">
                <Link
                  to="/admin/users/$userId"
                  params={{ userId: member.userId }}
                  className="underline-offset-2 hover:underline"
                >
                  {member.name} <span className="text-muted-foreground">{member.email}</span>
                </Link>
                <span className="text-muted-foreground">
                  {member.role} · joined {new Date(member.joinedAt).toLocaleDateString()}
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Pending invitations</CardTitle>
          <CardDescription>
            {invitations.length === 0 ? 'None.' : `${invitations.length} pending`}
          </CardDescription>
        </CardHeader>
        {invitations.length > 0 ? (
          <CardContent>
            <ul className="divide-y divide-border text-sm">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex justify-between py-2">
                  <span>{invitation.email}</span>
                  <span className="text-muted-foreground">
                    {invitation.role ?? 'member'} · expires{' '}
                    {new Date(invitation.expiresAt).toLocaleDateString()}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        ) : null}
      </Card>
    </div>
  );
}
