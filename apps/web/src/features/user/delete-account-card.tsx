import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { ConfirmPasswordForm } from '~/components/confirm-password-form';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { getLocale } from '~/paraglide/runtime';
import { passwordOnlySchema } from './user.schemas';

export function DeleteAccountCard({
  email,
  soleOwnedOrganizations,
}: {
  email: string;
  soleOwnedOrganizations: Array<{ id: string; name: string }>;
}) {
  const fresh = useFreshSessionRetry();
  const { errors, formError, pending, onSubmit } = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) => authClient.deleteUser({ password, fetchOptions }));
      window.location.assign('/');
    });
  });
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>{m.delete_account_title()}</CardTitle>
        <CardDescription>{m.delete_account_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {soleOwnedOrganizations.length > 0 ? (
          <div role="status" className="rounded-md border border-border p-3 text-sm">
            {m.delete_account_sole_owner({
              organizations: new Intl.ListFormat(getLocale()).format(
                soleOwnedOrganizations.map((org) => org.name),
              ),
            })}
          </div>
        ) : fresh.needsPassword ? (
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        ) : (
          <form
            onSubmit={onSubmit}
            noValidate
            className="space-y-3"
            aria-label={m.delete_account_form_label()}
          >
            <FormError message={formError} />
            <FormField
              label={m.field_password()}
              name="password"
              type="password"
              autoComplete="current-password"
              error={errors.password}
            />
            <Button type="submit" variant="destructive" isLoading={pending}>
              {m.delete_account_submit()}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
