import { safeRedirectPath } from '@kit/auth/guards';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { AuthCard } from '~/features/user/auth-card';
import { SecondFactorCodeField, useSecondFactorCode } from '~/features/user/second-factor-code';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { redirectSearch } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/two-factor')({
  validateSearch: redirectSearch,
  head: () => ({ meta: [{ title: m.page_title({ page: m.two_factor_title() }) }] }),
  component: TwoFactorPage,
});

function TwoFactorPage() {
  const identityChanged = useIdentityChanged();
  const search = Route.useSearch();
  const code = useSecondFactorCode(() => identityChanged(safeRedirectPath(search.redirect) ?? '/dashboard'));
  const { form, useBackupCode } = code;

  return (
    <AuthCard
      title={m.two_factor_title()}
      description={useBackupCode ? m.two_factor_backup_description() : m.two_factor_totp_description()}
    >
      <form onSubmit={form.onSubmit} noValidate key={useBackupCode ? 'backup' : 'totp'}>
        <CardContent className="space-y-4">
          <FormError message={form.formError} />
          <SecondFactorCodeField code={code} required />
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
