import { createFileRoute } from '@tanstack/react-router';
import { ChangePasswordCard } from '~/features/user/change-password-card';
import { DeleteAccountCard } from '~/features/user/delete-account-card';
import { TwoFactorCard } from '~/features/user/two-factor-card';
import { fetchAccountDeletionBlockers } from '~/features/user/user.functions';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/security')({
  loader: () => fetchAccountDeletionBlockers(),
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_security() }) }] }),
  component: SecuritySettingsPage,
});

function SecuritySettingsPage() {
  const { user } = Route.useRouteContext();
  const soleOwnedOrganizations = Route.useLoaderData();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.settings_security()}</h1>
      <ChangePasswordCard email={user.email} />
      <TwoFactorCard email={user.email} enabled={user.twoFactorEnabled} />
      <DeleteAccountCard email={user.email} soleOwnedOrganizations={soleOwnedOrganizations} />
    </div>
  );
}
