import { PASSWORD_PROVIDER_ID } from '@kit/better-auth/sign-in-methods';
import { createFileRoute } from '@tanstack/react-router';
import { ChangePasswordCard } from '~/features/user/change-password-card';
import { DeleteUserCard } from '~/features/user/delete-user-card';
import { LinkedAccountsCard } from '~/features/user/linked-accounts-card';
import { PasskeysCard } from '~/features/user/passkeys-card';
import { TwoFactorCard } from '~/features/user/two-factor-card';
import { UserSettingsFrame } from '~/features/user/user-settings-frame';
import { fetchMyCredentials, fetchMyDeletionBlockers } from '~/features/user/users.functions';
import { searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/security')({
  // `?error=` is what a provider sent back when linking it failed.
  validateSearch: (search: Record<string, unknown>) => ({ error: searchText(search.error) }),
  loader: async () => {
    const [soleOwnedOrganizations, credentials] = await Promise.all([
      fetchMyDeletionBlockers(),
      fetchMyCredentials(),
    ]);
    return { soleOwnedOrganizations, credentials };
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_security() }) }] }),
  component: SecuritySettingsPage,
});

function SecuritySettingsPage() {
  return (
    <UserSettingsFrame>
      <SecuritySettingsPageContent />
    </UserSettingsFrame>
  );
}

function SecuritySettingsPageContent() {
  const { user } = Route.useRouteContext();
  const { error } = Route.useSearch();
  const { soleOwnedOrganizations, credentials } = Route.useLoaderData();
  const hasPassword = credentials.linkedAccounts.some((linked) => linked.providerId === PASSWORD_PROVIDER_ID);
  return (
    <div className="space-y-6">
      {hasPassword ? <ChangePasswordCard email={user.email} /> : null}
      <LinkedAccountsCard
        email={user.email}
        hasPassword={hasPassword}
        linkedAccounts={credentials.linkedAccounts}
        providers={credentials.offered.providers}
        returnedError={error}
      />
      {credentials.offered.passkey ? (
        <PasskeysCard email={user.email} hasPassword={hasPassword} passkeys={credentials.passkeys} />
      ) : null}
      {/* Turning two-factor on asks for the password: a user who signed up through a provider has none. */}
      {hasPassword || user.twoFactorEnabled ? (
        <TwoFactorCard email={user.email} enabled={user.twoFactorEnabled} />
      ) : null}
      <DeleteUserCard
        email={user.email}
        hasPassword={hasPassword}
        soleOwnedOrganizations={soleOwnedOrganizations}
      />
    </div>
  );
}
