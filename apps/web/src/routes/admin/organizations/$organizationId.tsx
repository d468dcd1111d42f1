import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Breadcrumbs } from '~/components/breadcrumbs';
import { fetchAdminOrganization } from '~/features/admin/admin.functions';
import { ResyncBillingButton } from '~/features/admin/resync-billing-button';
import { planNameOf } from '~/features/billing/plan-access';
import { statusText } from '~/features/billing/plan-text';
import { formatDate, formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { orNotFound } from '~/lib/or-not-found';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/admin/organizations/$organizationId')({
  loader: ({ params }) =>
    orNotFound(fetchAdminOrganization({ data: { organizationId: params.organizationId } })),
  head: () => ({ meta: [{ title: m.admin_page_title({ page: m.nav_organization() }) }] }),
  component: AdminOrganizationPage,
});

function AdminOrganizationPage() {
  const { organization, billing, members, invitations } = Route.useLoaderData();
  const { identity } = Route.useRouteContext();
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { label: m.nav_admin(), to: '/admin' },
            { label: m.nav_admin_organizations(), to: '/admin/organizations' },
            { label: organization.name },
          ]}
        />
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{organization.name}</h1>
        <p className="text-muted-foreground">
          {m.admin_org_summary({ slug: organization.slug, date: formatDate(organization.createdAt) })}
        </p>
      </div>
      {identity.billingEnabled ? (
        <Card>
          <CardHeader>
            <CardTitle>{m.admin_billing_title()}</CardTitle>
            <CardDescription data-testid="admin-billing-summary">
              {m.admin_billing_summary({ plan: planNameOf(billing), status: statusText(billing.status) })}
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            <p className="text-sm text-muted-foreground">{m.admin_billing_resync_description()}</p>
            <ResyncBillingButton organizationId={organization.id} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{m.column_members()}</CardTitle>
          <CardDescription>{m.admin_count_in_all({ count: formatNumber(members.length) })}</CardDescription>
        </CardHeader>
        <CardContent>
          {members.length === 0 ? (
            <p className="text-sm text-muted-foreground">{m.admin_org_no_members()}</p>
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
                  {m.admin_member_role_joined({
                    role: roleLabel(member.role),
                    date: formatDate(member.joinedAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{m.admin_pending_invitations()}</CardTitle>
          <CardDescription>
            {invitations.length === 0
              ? m.admin_invitations_none()
              : m.admin_invitations_pending({ count: formatNumber(invitations.length) })}
          </CardDescription>
        </CardHeader>
        {invitations.length > 0 ? (
          <CardContent>
            <ul className="divide-y divide-border text-sm">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex justify-between py-2">
                  <span>{invitation.email}</span>
                  <span className="text-muted-foreground">
                    {m.admin_invitation_role_expires({
                      role: roleLabel(invitation.role ?? 'member'),
                      date: formatDate(invitation.expiresAt),
                    })}
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
