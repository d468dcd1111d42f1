import { Button } from '@kit/ui/button';
import { FormError } from '@kit/ui/form-field';
import { m } from '~/paraglide/messages';
import { SecondFactorCodeField, useSecondFactorCode } from './second-factor-code';

/**
 * The second step of confirming one's identity for a user with two-factor on: the password was right, and the
 * code (or a backup code) opens the fresh session that replaces the old one.
 */
export function ConfirmSecondFactorForm({
  onConfirmed,
  onCancel,
}: {
  onConfirmed: () => void | Promise<void>;
  onCancel: () => void;
}) {
  const code = useSecondFactorCode(onConfirmed);
  const { form } = code;

  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      key={code.useBackupCode ? 'backup' : 'totp'}
      className="space-y-3 rounded-md border border-border p-4"
      aria-label={m.confirm_password_label()}
    >
      <p className="text-sm">{m.confirm_password_two_factor()}</p>
      <FormError message={form.formError} />
      <SecondFactorCodeField code={code} />
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
