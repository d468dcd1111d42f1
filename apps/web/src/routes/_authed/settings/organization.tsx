import { organizationRoleCan } from '@kit/better-auth/permissions';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { accountContextQuery } from '~/features/organization/account.queries';
import { DeleteOrganizationCard } from '~/features/organization/delete-organization-card';
import { NoActiveOrganization } from '~/features/organization/no-active-organization';
import { organizationSettingsQuery } from '~/features/organization/organization.queries';
import { OrganizationSettingsForm } from '~/features/organization/organization-settings-form';
import { queryClientOf } from '~/lib/query/query-client';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/organization')({
  staticData: { nav: { label: () => m.nav_organization(), order: 30 } },
  loader: async ({ context }) => {
    const queryClient = queryClientOf(context.queries);
    const account = await queryClient.ensureQueryData(accountContextQuery());
    if (account.activeOrganizationId) await queryClient.ensureQueryData(organizationSettingsQuery());
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_organization_title() }) }] }),
  component: OrganizationSettingsPage,
});

function OrganizationSettingsPage() {
  const { data: account } = useSuspenseQuery(accountContextQuery());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.nav_organization()}</h1>
      {account.activeOrganizationId ? <ActiveOrganizationSettings /> : <NoActiveOrganization />}
    </div>
  );
}

function ActiveOrganizationSettings() {
  const { data } = useSuspenseQuery(organizationSettingsQuery());
  return (
    <>
      <OrganizationSettingsForm
        organization={data.organization}
        canEdit={organizationRoleCan(data.role, { organization: ['update'] })}
      />
      {organizationRoleCan(data.role, { organization: ['delete'] }) ? (
        <DeleteOrganizationCard organizationName={data.organization.name} />
      ) : null}
    </>
  );
}
