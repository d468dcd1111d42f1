import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { getLocale } from '~/paraglide/runtime';
import { ConfirmPasswordForm } from './confirm-password-form';
import { confirmEmailSchema, passwordOnlySchema } from './users.schemas';

export function DeleteUserCard({
  email,
  hasPassword,
  soleOwnedOrganizations,
}: {
  email: string;
  /** A user who signed up through a provider confirms with its email address (and a recent sign-in). */
  hasPassword: boolean;
  soleOwnedOrganizations: Array<{ id: string; name: string }>;
}) {
  const fresh = useFreshSessionRetry();
  const schema = hasPassword ? passwordOnlySchema : confirmEmailSchema(email);
  const { errors, formError, pending, onSubmit } = useFormSubmit(schema, async (data) => {
    const password = 'password' in data ? data.password : undefined;
    await fresh.run(async () => {
      await callAuth((fetchOptions) => authClient.deleteUser({ password, fetchOptions }));
      window.location.assign('/');
    });
  });
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>{m.delete_user_title()}</CardTitle>
        <CardDescription>{m.delete_user_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {soleOwnedOrganizations.length > 0 ? (
          <div role="status" className="rounded-md border border-border p-3 text-sm">
            {m.delete_user_sole_owner({
              organizations: new Intl.ListFormat(getLocale()).format(
                soleOwnedOrganizations.map((org) => org.name),
              ),
            })}
          </div>
        ) : fresh.needsPassword ? (
          <ConfirmPasswordForm
            email={email}
            hasPassword={hasPassword}
            onConfirmed={fresh.retry}
            onCancel={fresh.cancel}
          />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={m.delete_user_form_label()}>
            <FormError message={formError} />
            {hasPassword ? (
              <FormField
                label={m.field_password()}
                name="password"
                type="password"
                autoComplete="current-password"
                error={errors.password}
              />
            ) : (
              <FormField
                label={m.delete_user_confirm_email()}
                description={email}
                name="confirmation"
                autoComplete="off"
                error={errors.confirmation}
              />
            )}
            <Button type="submit" variant="destructive" isLoading={pending}>
              {m.delete_user_submit()}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
