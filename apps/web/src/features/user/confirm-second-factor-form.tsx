import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { FormError, FormField } from '@kit/ui/form-field';
import { useState } from 'react';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { backupCodeSchema, totpCodeSchema } from './user.schemas';

/**
 * The second step of confirming one's identity for a two-factor account: the password was right, and the
 * code (or a backup code) opens the fresh session that replaces the old one.
 */
export function ConfirmSecondFactorForm({
  onConfirmed,
  onCancel,
}: {
  onConfirmed: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const [useBackupCode, setUseBackupCode] = useState(false);
  const totp = useFormSubmit(totpCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyTotp({ code, fetchOptions }));
    await onConfirmed();
  });
  const backup = useFormSubmit(backupCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyBackupCode({ code, fetchOptions }));
    await onConfirmed();
  });
  const form = useBackupCode ? backup : totp;

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      key={useBackupCode ? 'backup' : 'totp'}
      className="space-y-3 rounded-md border border-border p-4"
      aria-label={m.confirm_password_label()}
    >
      <p className="text-sm">{m.confirm_password_two_factor()}</p>
      <FormError message={form.formError} />
      <FormField
        label={useBackupCode ? m.field_backup_code() : m.field_code()}
        name="code"
        inputMode={useBackupCode ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoFocus
        error={form.errors.code}
      />
      <button type="button" className="text-sm underline" onClick={() => setUseBackupCode(!useBackupCode)}>
        {useBackupCode ? m.two_factor_use_app() : m.two_factor_use_backup()}
      </button>
      <div className="flex gap-2">
        <Button type="submit" isLoading={form.pending}>
          {m.confirm_password_submit()}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {m.action_cancel()}
        </Button>
      </div>
    </form>
  );
}
