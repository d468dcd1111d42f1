import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { ConfirmPasswordForm } from './confirm-password-form';
import { changePasswordSchema } from './users.schemas';

export function ChangePasswordCard({ email }: { email: string }) {
  const fresh = useFreshSessionRetry();
  const { errors, formError, pending, onSubmit } = useFormSubmit(changePasswordSchema, async (data, form) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) =>
        authClient.changePassword({
          currentPassword: data.currentPassword,
          newPassword: data.newPassword,
          revokeOtherSessions: true,
          fetchOptions,
        }),
      );
      form.reset();
      toast.success(m.password_changed());
    });
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.password_card_title()}</CardTitle>
        <CardDescription>{m.password_card_description()}</CardDescription>
      </CardHeader>
      {fresh.needsPassword ? (
        <CardContent>
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        </CardContent>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label={m.password_form_label()}>
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label={m.field_current_password()}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              error={errors.currentPassword}
            />
            <FormField
              label={m.field_new_password()}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              error={errors.newPassword}
            />
            <FormField
              label={m.field_repeat_new_password()}
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              required
              error={errors.confirmPassword}
            />
          </CardContent>
          <CardFooter>
            <Button type="submit" isLoading={pending}>
              {m.password_submit()}
            </Button>
          </CardFooter>
        </form>
      )}
    </Card>
  );
}
