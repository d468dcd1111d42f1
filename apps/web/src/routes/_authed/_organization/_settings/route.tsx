import { organizationRoleCan } from '@kit/better-auth/permissions';
import { createFileRoute } from '@tanstack/react-router';
import { SettingsSection } from '~/components/settings-section';
import { m } from '~/paraglide/messages';

/**
 * The active organization's settings (/settings/organization, /members, /activity, /billing) with their
 * own tabs: Activity only for roles that may read it, Billing only while billing is on.
 */
export const Route = createFileRoute('/_authed/_organization/_settings')({
  component: OrganizationSettingsLayout,
});

function OrganizationSettingsLayout() {
  const { identity, organization } = Route.useRouteContext();
  const name = identity.organizations.find((org) => org.id === organization.id)?.name ?? '';
  return (
    <SettingsSection
      label={m.settings_organization_title()}
      trail={[{ label: name, to: '/dashboard' }]}
      tabs={[
        { to: '/settings/organization', label: m.settings_general() },
        { to: '/settings/members', label: m.nav_members() },
        ...(organizationRoleCan(organization.role, { activity: ['read'] })
          ? [{ to: '/settings/activity' as const, label: m.activity_title() }]
          : []),
        ...(identity.billingEnabled ? [{ to: '/settings/billing' as const, label: m.nav_billing() }] : []),
      ]}
    />
  );
}
