import { authClient } from '@kit/better-auth/client';
import { HttpError, SESSION_NOT_FRESH } from '@kit/errors';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { ConfirmDialog } from '@kit/ui/confirm-dialog';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { callAuth } from '~/lib/auth-call';
import { errorMessage } from '~/lib/errors';
import { formatDate } from '~/lib/i18n/format';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { ConfirmPasswordForm } from './confirm-password-form';
import type { PasskeyView } from './credentials.service';
import { passkeyNameSchema } from './users.schemas';

/** Add (and name) a passkey, rename and remove them. */
export function PasskeysCard({
  email,
  hasPassword,
  passkeys,
}: {
  email: string;
  hasPassword: boolean;
  passkeys: PasskeyView[];
}) {
  const router = useRouter();
  const fresh = useFreshSessionRetry();
  const add = useFormSubmit(passkeyNameSchema, async ({ name }, form) => {
    await fresh.run(async () => {
      const result = await authClient.passkey.addPasskey({ name });
      if (result?.error) {
        // An old session: the card asks for the password and tries again.
        if ('code' in result.error && result.error.code === SESSION_NOT_FRESH)
          throw new HttpError(403, m.passkeys_cancelled(), SESSION_NOT_FRESH);
        // The browser's dialog was cancelled or timed out.
        throw new Error(m.passkeys_cancelled());
      }
      form.reset();
      toast.success(m.passkeys_added());
      await router.invalidate();
    });
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.passkeys_title()}</CardTitle>
        <CardDescription>{m.passkeys_description()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {passkeys.length === 0 ? (
          <p className="text-sm text-muted-foreground">{m.passkeys_empty()}</p>
        ) : (
          <ul
            className="divide-y divide-border rounded-md border border-border"
            aria-label={m.passkeys_title()}
          >
            {passkeys.map((passkey) => (
              <PasskeyRow key={passkey.id} passkey={passkey} />
            ))}
          </ul>
        )}
        {fresh.needsPassword ? (
          <ConfirmPasswordForm
            email={email}
            hasPassword={hasPassword}
            onConfirmed={fresh.retry}
            onCancel={fresh.cancel}
          />
        ) : (
          <form onSubmit={add.onSubmit} noValidate className="space-y-3" aria-label={m.passkeys_add()}>
            <FormError message={add.formError} />
            <FormField
              label={m.passkeys_name_label()}
              name="name"
              placeholder={m.passkeys_name_placeholder()}
              autoComplete="off"
              error={add.errors.name}
            />
            <Button type="submit" isLoading={add.pending}>
              {m.passkeys_add()}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}

function PasskeyRow({ passkey }: { passkey: PasskeyView }) {
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = passkey.name || m.passkeys_unnamed();
  const rename = useFormSubmit(passkeyNameSchema, async ({ name: newName }) => {
    await callAuth((fetchOptions) =>
      authClient.passkey.updatePasskey({ id: passkey.id, name: newName, fetchOptions }),
    );
    setRenaming(false);
    toast.success(m.passkeys_renamed());
    await router.invalidate();
  });

  async function remove() {
    setRemoving(true);
    setError(null);
    try {
      await callAuth((fetchOptions) => authClient.passkey.deletePasskey({ id: passkey.id, fetchOptions }));
      toast.success(m.passkeys_removed());
      await router.invalidate();
    } catch (failure) {
      setError(errorMessage(failure));
      setRemoving(false);
    }
  }

  return (
    <li className="space-y-2 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="text-sm font-medium">{name}</p>
          {passkey.createdAt ? (
            <p className="text-xs text-muted-foreground">
              {m.passkeys_created_at({ date: formatDate(passkey.createdAt) })}
            </p>
          ) : null}
        </div>
        <div className="flex gap-2">
          <Button
            type="button"
            variant="outline"
            size="sm"
            aria-label={m.passkeys_rename_label({ name })}
            aria-expanded={renaming}
            onClick={() => setRenaming((open) => !open)}
          >
            {m.passkeys_rename()}
          </Button>
          <ConfirmDialog
            trigger={
              <Button
                type="button"
                variant="outline"
                size="sm"
                aria-label={m.passkeys_remove_label({ name })}
                isLoading={removing}
              >
                {m.passkeys_remove()}
              </Button>
            }
            title={m.confirm_remove_passkey_title({ name })}
            description={m.confirm_remove_passkey_description()}
            confirmLabel={m.passkeys_remove_label({ name })}
            cancelLabel={m.action_cancel()}
            onConfirm={remove}
          />
        </div>
      </div>
      <FormError message={error} />
      {renaming ? (
        <form
          onSubmit={rename.onSubmit}
          noValidate
          className="flex items-end gap-2"
          aria-label={m.passkeys_rename_label({ name })}
        >
          <FormField
            label={m.passkeys_name_label()}
            name="name"
            defaultValue={passkey.name ?? ''}
            autoComplete="off"
            error={rename.errors.name}
          />
          <Button type="submit" size="sm" isLoading={rename.pending}>
            {m.passkeys_save()}
          </Button>
        </form>
      ) : null}
      {rename.formError ? <FormError message={rename.formError} /> : null}
    </li>
  );
}
