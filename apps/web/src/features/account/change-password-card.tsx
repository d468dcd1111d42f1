import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { ConfirmPasswordForm } from '~/components/confirm-password-form';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { changePasswordSchema } from './account.schemas';

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
      toast.success('Password changed. Your other sessions were signed out.');
    });
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>Changing it signs out every other session of your account.</CardDescription>
      </CardHeader>
      {fresh.needsPassword ? (
        <CardContent>
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        </CardContent>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label="Change password">
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label="Current password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              error={errors.currentPassword}
            />
            <FormField
              label="New password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              error={errors.newPassword}
            />
            <FormField
              label="Repeat the new password"
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              required
              error={errors.confirmPassword}
            />
          </CardContent>
          <CardFooter>
            <Button type="submit" isLoading={pending}>
              Change password
            </Button>
          </CardFooter>
        </form>
      )}
    </Card>
  );
}
