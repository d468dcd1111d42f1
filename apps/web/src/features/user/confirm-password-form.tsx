import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { useState } from 'react';
import { useSignOut } from '~/lib/auth/use-sign-out';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { ConfirmSecondFactorForm } from './confirm-second-factor-form';
import { passwordOnlySchema } from './users.schemas';

/**
 * Asks for the password again (and the code, for a user with two-factor on) when a sensitive operation was
 * refused for an old session: signing in anew gives a fresh session in place of the old one (the server
 * revokes it), then `onConfirmed` retries the operation.
 */
export function ConfirmPasswordForm({
  email,
  hasPassword = true,
  onConfirmed,
  onCancel,
}: {
  email: string;
  /** A user who signed up through a provider has no password: it signs in again instead. */
  hasPassword?: boolean;
  onConfirmed: () => void | Promise<void>;
  onCancel: () => void;
}) {
  if (!hasPassword) return <SignInAgain onCancel={onCancel} />;
  return <PasswordForm email={email} onConfirmed={onConfirmed} onCancel={onCancel} />;
}

function SignInAgain({ onCancel }: { onCancel: () => void }) {
  const { signOut, pending } = useSignOut(
    `/auth/sign-in?redirect=${encodeURIComponent('/settings/security')}`,
  );
  return (
    <div className="space-y-3 rounded-md border border-border p-4">
      <p className="text-sm">{m.confirm_sign_in_again_text()}</p>
      <div className="flex gap-2">
        <Button type="button" isLoading={pending} onClick={() => void signOut()}>
          {m.confirm_sign_in_again_action()}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {m.action_cancel()}
        </Button>
      </div>
    </div>
  );
}

function PasswordForm({
  email,
  onConfirmed,
  onCancel,
}: {
  email: string;
  onConfirmed: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const [needsCode, setNeedsCode] = useState(false);
  const { errors, formError, pending, onSubmit } = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    const result = await callAuth((fetchOptions) =>
      authClient.signIn.email({ email, password, fetchOptions }),
    );
    if (result && 'twoFactorRedirect' in result && result.twoFactorRedirect) {
      setNeedsCode(true);
      return;
    }
    await onConfirmed();
  });
  if (needsCode) return <ConfirmSecondFactorForm onConfirmed={onConfirmed} onCancel={onCancel} />;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md border border-border p-4"
      aria-label={m.confirm_password_label()}
    >
      <p className="text-sm">{m.confirm_password_text()}</p>
      <FormError message={formError} />
      <FormField
        label={m.field_password()}
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus
        error={errors.password}
      />
      <div className="flex gap-2">
        <Button type="submit" isLoading={pending}>
          {m.confirm_password_submit()}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {m.action_cancel()}
        </Button>
      </div>
    </form>
  );
}
