import { organizationRoleCan } from '@kit/better-auth/permissions';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { InviteMemberForm } from '~/features/organization/invite-member-form';
import { MembersTable } from '~/features/organization/members-table';
import { OrganizationSettingsFrame } from '~/features/organization/organization-settings-frame';
import { invitationsQuery, membersQuery } from '~/features/organization/organizations.queries';
import { PendingInvitations } from '~/features/organization/pending-invitations';
import { formatNumber } from '~/lib/i18n/format';
import { roleLabel } from '~/lib/i18n/role-label';
import { organizationScope } from '~/lib/query/organization-scope';
import { queryClientOf } from '~/lib/query/query-client';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/_organization/settings/members')({
  staticData: { nav: { label: () => m.nav_members(), icon: 'members', order: 20 } },
  loader: async ({ context }) => {
    const queryClient = queryClientOf(context.queries);
    await Promise.all([
      queryClient.ensureQueryData(membersQuery(organizationScope(context.identity))),
      queryClient.ensureQueryData(invitationsQuery(organizationScope(context.identity))),
    ]);
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.nav_members() }) }] }),
  component: MembersPage,
});

function MembersPage() {
  return (
    <OrganizationSettingsFrame>
      <MembersPageContent />
    </OrganizationSettingsFrame>
  );
}

function MembersPageContent() {
  const { data } = useSuspenseQuery({ ...membersQuery(useOrganizationScope()), refetchInterval: 30_000 });
  const { viewer, members } = data;
  const canInvite = organizationRoleCan(viewer.role, { invitation: ['create'] });
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{m.members_people_title()}</CardTitle>
          <CardDescription>
            {m.members_people_description({
              count: formatNumber(members.length),
              role: roleLabel(viewer.role),
            })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MembersTable members={members} viewer={viewer} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{m.members_invitations_title()}</CardTitle>
          <CardDescription>
            {canInvite ? m.members_invitations_can_invite() : m.members_invitations_cannot_invite()}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {canInvite ? <InviteMemberForm viewerRole={viewer.role} /> : null}
          <PendingInvitations viewerRole={viewer.role} />
        </CardContent>
      </Card>
    </div>
  );
}
