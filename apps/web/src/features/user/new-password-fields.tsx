import { FormField } from '@kit/ui/form-field';
import { m } from '~/paraglide/messages';

/** A new password and its repetition (`newPassword`, `confirmPassword`): resetting and changing it. */
export function NewPasswordFields({
  errors,
}: {
  errors: { newPassword?: string[]; confirmPassword?: string[] };
}) {
  return (
    <>
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
    </>
  );
}
