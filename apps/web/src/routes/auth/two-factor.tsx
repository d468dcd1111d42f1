import { safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { backupCodeSchema, totpCodeSchema } from '~/features/account/account.schemas';
import { AuthCard } from '~/features/account/auth-card';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';

export const Route = createFileRoute('/auth/two-factor')({
  validateSearch: redirectSearch,
  head: () => ({ meta: [{ title: 'Two-factor check — Kit' }] }),
  component: TwoFactorPage,
});

function TwoFactorPage() {
  const router = useRouter();
  const search = Route.useSearch();
  const [useBackupCode, setUseBackupCode] = useState(false);
  const finish = async () => {
    await router.invalidate();
    await router.navigate({ href: safeRedirectPath(search.redirect) ?? '/dashboard' });
  };
  const totp = useFormSubmit(totpCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyTotp({ code, fetchOptions }));
    await finish();
  });
  const backup = useFormSubmit(backupCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyBackupCode({ code, fetchOptions }));
    await finish();
  });
  const form = useBackupCode ? backup : totp;

  return (
    <AuthCard
      title="Two-factor check"
      description={
        useBackupCode
          ? 'Enter one of the backup codes you saved when you turned on two-factor authentication. Each works once.'
          : 'Enter the 6-digit code your authenticator app shows for this account.'
      }
    >
      <form onSubmit={form.onSubmit} noValidate key={useBackupCode ? 'backup' : 'totp'}>
        <CardContent className="space-y-4">
          <FormError message={form.formError} />
          <FormField
            label={useBackupCode ? 'Backup code' : 'Code'}
            name="code"
            inputMode={useBackupCode ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            autoFocus
            required
            error={form.errors.code}
          />
          <button
            type="button"
            className="text-sm underline"
            onClick={() => setUseBackupCode(!useBackupCode)}
          >
            {useBackupCode ? 'Use the authenticator app instead' : 'Use a backup code instead'}
          </button>
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={form.pending}>
            Verify
          </Button>
          <Link to="/auth/sign-in" className="text-sm underline">
            Start over
          </Link>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
