import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { type FormEvent, useState } from 'react';
import { authErrorMessage } from '~/lib/forms';

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
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!password) {
      setError('Enter your password.');
      return;
    }
    setPending(true);
    setError(null);
    const result = await authClient.signIn.email({ email, password });
    if (result.error) {
      setPending(false);
      setError(authErrorMessage(result.error));
      return;
    }
    await onConfirmed();
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-border p-4">
      <p className="text-sm">For your security, confirm your password to continue.</p>
      <FormError message={error} />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" autoFocus />
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
