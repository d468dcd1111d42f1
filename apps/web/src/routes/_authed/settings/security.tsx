import { PASSWORD_PROVIDER_ID } from '@kit/better-auth/sign-in-methods';
import { createFileRoute } from '@tanstack/react-router';
import { ChangePasswordCard } from '~/features/user/change-password-card';
import { DeleteAccountCard } from '~/features/user/delete-account-card';
import { LinkedAccountsCard } from '~/features/user/linked-accounts-card';
import { PasskeysCard } from '~/features/user/passkeys-card';
import { TwoFactorCard } from '~/features/user/two-factor-card';
import { fetchAccountDeletionBlockers, fetchMySignInMethods } from '~/features/user/user.functions';
import { searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/security')({
  // `?error=` is what a provider sent back when linking it failed.
  validateSearch: (search: Record<string, unknown>) => ({ error: searchText(search.error) }),
  loader: async () => {
    const [soleOwnedOrganizations, signIn] = await Promise.all([
      fetchAccountDeletionBlockers(),
      fetchMySignInMethods(),
    ]);
    return { soleOwnedOrganizations, signIn };
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_security() }) }] }),
  component: SecuritySettingsPage,
});

function SecuritySettingsPage() {
  const { user } = Route.useRouteContext();
  const { error } = Route.useSearch();
  const { soleOwnedOrganizations, signIn } = Route.useLoaderData();
  const hasPassword = signIn.accounts.some((account) => account.providerId === PASSWORD_PROVIDER_ID);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{m.settings_security()}</h1>
      {hasPassword ? <ChangePasswordCard email={user.email} /> : null}
      <LinkedAccountsCard
        email={user.email}
        hasPassword={hasPassword}
        accounts={signIn.accounts}
        providers={signIn.offered.providers}
        returnedError={error}
      />
      {signIn.offered.passkey ? (
        <PasskeysCard email={user.email} hasPassword={hasPassword} passkeys={signIn.passkeys} />
      ) : null}
      {/* Turning two-factor on asks for the password: an account made through a provider has none. */}
      {hasPassword || user.twoFactorEnabled ? (
        <TwoFactorCard email={user.email} enabled={user.twoFactorEnabled} />
      ) : null}
      <DeleteAccountCard
        email={user.email}
        hasPassword={hasPassword}
        soleOwnedOrganizations={soleOwnedOrganizations}
      />
    </div>
  );
}
