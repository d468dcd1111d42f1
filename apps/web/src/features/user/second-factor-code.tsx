import { authClient } from '@kit/better-auth/client';
import { FormField } from '@kit/ui/form-field';
import { useState } from 'react';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { backupCodeSchema, totpCodeSchema } from './users.schemas';

/**
 * The second factor of a sign-in or a confirmation: an authenticator code, or a backup code instead.
 * `form` is the submit state of whichever the person chose; `onVerified` runs once better-auth opened the
 * session.
 */
export function useSecondFactorCode(onVerified: () => void | Promise<void>) {
  const [useBackupCode, setUseBackupCode] = useState(false);
  const totp = useFormSubmit(totpCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyTotp({ code, fetchOptions }));
    await onVerified();
  });
  const backup = useFormSubmit(backupCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyBackupCode({ code, fetchOptions }));
    await onVerified();
  });
  return {
    useBackupCode,
    toggle: () => setUseBackupCode(!useBackupCode),
    form: useBackupCode ? backup : totp,
  };
}

/** The code field and the switch between an authenticator code and a backup code. */
export function SecondFactorCodeField({
  code,
  required,
}: {
  code: ReturnType<typeof useSecondFactorCode>;
  required?: boolean;
}) {
  return (
    <>
      <FormField
        label={code.useBackupCode ? m.field_backup_code() : m.field_code()}
        name="code"
        inputMode={code.useBackupCode ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoFocus
        required={required}
        error={code.form.errors.code}
      />
      <button type="button" className="text-sm underline" onClick={code.toggle}>
        {code.useBackupCode ? m.two_factor_use_app() : m.two_factor_use_backup()}
      </button>
    </>
  );
}
