import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { passwordOnlySchema } from '~/features/account/account.schemas';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';

/**
 * Asks for the password again when a sensitive operation was refused for an old session: signing in
 * anew gives a fresh session, then `onConfirmed` retries the operation.
 */
export function ConfirmPasswordForm({
  email,
  onConfirmed,
  onCancel,
}: {
  email: string;
  onConfirmed: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const { errors, formError, pending, onSubmit } = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    const result = await callAuth((fetchOptions) =>
      authClient.signIn.email({ email, password, fetchOptions }),
    );
    if (result && 'twoFactorRedirect' in result && result.twoFactorRedirect) {
      throw new Error('Your account uses two-factor authentication: sign out and sign in again, then retry.');
    }
    await onConfirmed();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md border border-border p-4"
      aria-label="Confirm your password"
    >
      <p className="text-sm">For your security, confirm your password to continue.</p>
      <FormError message={formError} />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus
        error={errors.password}
      />
      <div className="flex gap-2">
        <Button type="submit" isLoading={pending}>
          Confirm
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
