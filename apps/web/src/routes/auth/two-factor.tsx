import { safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/user/auth-card';
import { backupCodeSchema, totpCodeSchema } from '~/features/user/user.schemas';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/two-factor')({
  validateSearch: redirectSearch,
  head: () => ({ meta: [{ title: m.page_title({ page: m.two_factor_title() }) }] }),
  component: TwoFactorPage,
});

function TwoFactorPage() {
  const identityChanged = useIdentityChanged();
  const search = Route.useSearch();
  const [useBackupCode, setUseBackupCode] = useState(false);
  const finish = () => identityChanged(safeRedirectPath(search.redirect) ?? '/dashboard');
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
      title={m.two_factor_title()}
      description={useBackupCode ? m.two_factor_backup_description() : m.two_factor_totp_description()}
    >
      <form onSubmit={form.onSubmit} noValidate key={useBackupCode ? 'backup' : 'totp'}>
        <CardContent className="space-y-4">
          <FormError message={form.formError} />
          <FormField
            label={useBackupCode ? m.field_backup_code() : m.field_code()}
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
            {useBackupCode ? m.two_factor_use_app() : m.two_factor_use_backup()}
          </button>
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={form.pending}>
            {m.two_factor_verify()}
          </Button>
          <Link to="/auth/sign-in" className="text-sm underline">
            {m.two_factor_start_over()}
          </Link>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
