import { authClient, leaveForProvider } from '@kit/better-auth/client';
import { type OfferedProvider, PASSWORD_PROVIDER_ID } from '@kit/better-auth/sign-in-methods';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { FormError } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { callAuth } from '~/lib/auth-call';
import { errorMessage } from '~/lib/errors';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { ConfirmPasswordForm } from './confirm-password-form';
import type { LinkedAccountView } from './credentials.service';
import { linkErrorMessage } from './sign-in-errors';

const SECURITY_PAGE = '/settings/security';

/** The providers the user signs in with: link another, unlink one (never the last). */
export function LinkedAccountsCard({
  email,
  hasPassword,
  linkedAccounts,
  providers,
  returnedError,
}: {
  email: string;
  hasPassword: boolean;
  linkedAccounts: LinkedAccountView[];
  providers: OfferedProvider[];
  returnedError?: string;
}) {
  const router = useRouter();
  const fresh = useFreshSessionRetry();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(linkErrorMessage(returnedError));
  const nameOf = (providerId: string) =>
    providerId === PASSWORD_PROVIDER_ID
      ? m.linked_accounts_password()
      : (providers.find((provider) => provider.id === providerId)?.name ?? providerId);
  const unlinkable = linkedAccounts.length > 1;
  const linkable = providers.filter(
    (provider) => !linkedAccounts.some((linked) => linked.providerId === provider.id),
  );

  async function act(key: string, action: () => Promise<void>) {
    setBusy(key);
    setError(null);
    try {
      await fresh.run(action);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  const link = (provider: OfferedProvider) =>
    act(provider.id, async () => {
      // The browser leaves for the provider; it comes back to this page (with ?error= on failure).
      const answer = await callAuth((fetchOptions) =>
        authClient.linkSocial({
          provider: provider.id,
          callbackURL: SECURITY_PAGE,
          errorCallbackURL: SECURITY_PAGE,
          fetchOptions,
        }),
      );
      leaveForProvider(answer);
    });
  const unlink = (linked: LinkedAccountView) =>
    act(linked.id, async () => {
      await callAuth((fetchOptions) => authClient.unlinkAccount({ accountId: linked.id, fetchOptions }));
      toast.success(m.linked_accounts_unlinked({ provider: nameOf(linked.providerId) }));
      await router.invalidate();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.linked_accounts_title()}</CardTitle>
        <CardDescription>{m.linked_accounts_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {fresh.needsPassword ? (
          <ConfirmPasswordForm
            email={email}
            hasPassword={hasPassword}
            onConfirmed={fresh.retry}
            onCancel={fresh.cancel}
          />
        ) : null}
        <FormError message={error} />
        <ul
          className="divide-y divide-border rounded-md border border-border"
          aria-label={m.linked_accounts_title()}
        >
          {linkedAccounts.map((linked) => (
            <li key={linked.id} className="flex items-center justify-between gap-3 p-3">
              <span className="text-sm font-medium">{nameOf(linked.providerId)}</span>
              {unlinkable ? (
                <ConfirmDialog
                  trigger={
                    <Button
                      type="button"
                      variant="outline"
                      size="sm"
                      aria-label={m.linked_accounts_unlink_label({ provider: nameOf(linked.providerId) })}
                      isLoading={busy === linked.id}
                      disabled={busy !== null}
                    >
                      {m.linked_accounts_unlink()}
                    </Button>
                  }
                  title={m.confirm_unlink_title({ provider: nameOf(linked.providerId) })}
                  description={m.confirm_unlink_description({ provider: nameOf(linked.providerId) })}
                  confirmLabel={m.linked_accounts_unlink_label({ provider: nameOf(linked.providerId) })}
                  cancelLabel={m.action_cancel()}
                  onConfirm={() => unlink(linked)}
                />
              ) : (
                <span className="text-xs text-muted-foreground">{m.linked_accounts_last()}</span>
              )}
            </li>
          ))}
        </ul>
        {linkable.length > 0 ? (
          <div className="flex flex-wrap gap-2">
            {linkable.map((provider) => (
              <Button
                key={provider.id}
                type="button"
                variant="outline"
                isLoading={busy === provider.id}
                disabled={busy !== null}
                onClick={() => void link(provider)}
              >
                {m.linked_accounts_link({ provider: provider.name })}
              </Button>
            ))}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
