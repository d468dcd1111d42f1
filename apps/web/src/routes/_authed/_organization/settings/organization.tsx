import { organizationRoleCan } from '@kit/better-auth/permissions';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DeleteOrganizationCard } from '~/features/organization/delete-organization-card';
import { OrganizationSettingsForm } from '~/features/organization/organization-settings-form';
import { OrganizationSettingsFrame } from '~/features/organization/organization-settings-frame';
import { organizationSettingsQuery } from '~/features/organization/organizations.queries';
import { organizationScope } from '~/lib/query/organization-scope';
import { queryClientOf } from '~/lib/query/query-client';
import { useOrganizationScope } from '~/lib/query/use-organization-scope';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/_organization/settings/organization')({
  // The organization's settings section in the sidebar: its other tabs are reached from the page.
  staticData: { nav: { label: () => m.settings_organization_title(), icon: 'organization', order: 50 } },
  loader: ({ context }) =>
    queryClientOf(context.queries).ensureQueryData(
      organizationSettingsQuery(organizationScope(context.identity)),
    ),
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_organization_title() }) }] }),
  component: OrganizationSettingsPage,
});

function OrganizationSettingsPage() {
  return (
    <OrganizationSettingsFrame>
      <OrganizationSettingsPageContent />
    </OrganizationSettingsFrame>
  );
}

function OrganizationSettingsPageContent() {
  const { data } = useSuspenseQuery(organizationSettingsQuery(useOrganizationScope()));
  return (
    <div className="space-y-6">
      <OrganizationSettingsForm
        organization={data.organization}
        canEdit={organizationRoleCan(data.role, { organization: ['update'] })}
      />
      {organizationRoleCan(data.role, { organization: ['delete'] }) ? (
        <DeleteOrganizationCard organizationName={data.organization.name} />
      ) : null}
    </div>
  );
}
