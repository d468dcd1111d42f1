import { organizationRoleCan } from '@kit/better-auth/permissions';
import { useSession } from '@kit/better-auth/react';
import type { ReactNode } from 'react';
import { SettingsSection } from '~/components/settings-section';
import { m } from '~/paraglide/messages';

/**
 * The active organization's settings (/settings/organization, /members, /activity, /billing): its own
 * tabs, Activity only for roles that may read it, Billing only while billing is on.
 */
export function OrganizationSettingsFrame({ page, children }: { page?: string; children: ReactNode }) {
  const { organizations, activeOrganizationId, role, billingEnabled } = useSession();
  const name = organizations.find((org) => org.id === activeOrganizationId)?.name ?? '';
  return (
    <SettingsSection
      label={m.settings_organization_title()}
      trail={[{ label: name, to: '/dashboard' }]}
      page={page}
      tabs={[
        { to: '/settings/organization', label: m.settings_general() },
        { to: '/settings/members', label: m.nav_members() },
        ...(organizationRoleCan(role, { activity: ['read'] })
          ? [{ to: '/settings/activity' as const, label: m.activity_title() }]
          : []),
        ...(billingEnabled ? [{ to: '/settings/billing' as const, label: m.nav_billing() }] : []),
      ]}
    >
      {children}
    </SettingsSection>
  );
}
