import { useSession } from '@kit/better-auth/react';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useServerFn } from '@tanstack/react-start';
import { type FormEvent, useState } from 'react';
import { ConfirmPasswordForm } from '~/features/user/confirm-password-form';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { errorMessage, fieldErrorsOf } from '~/lib/errors';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { deleteOrganizationPermanently } from './organizations.functions';

export function DeleteOrganizationCard({ organizationName }: { organizationName: string }) {
  const auth = useSession();
  const identityChanged = useIdentityChanged();
  const deleteFn = useServerFn(deleteOrganizationPermanently);
  const fresh = useFreshSessionRetry();
  const [confirmName, setConfirmName] = useState('');
  const [fieldError, setFieldError] = useState<string[] | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function deleteNow() {
    await deleteFn({ data: { confirmName } });
    toast.success(m.org_deleted({ name: organizationName }));
    await identityChanged('/dashboard');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setFieldError(undefined);
    if (confirmName.trim() !== organizationName) {
      setFieldError([m.org_delete_type_exactly({ name: organizationName })]);
      return;
    }
    setPending(true);
    try {
      await fresh.run(deleteNow);
    } catch (error) {
      setFieldError(fieldErrorsOf(error).confirmName);
      setFormError(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>{m.org_delete_title()}</CardTitle>
        <CardDescription>{m.org_delete_description({ name: organizationName })}</CardDescription>
      </CardHeader>
      {fresh.needsPassword && auth.user ? (
        <CardContent>
          <ConfirmPasswordForm
            email={auth.user.email}
            onConfirmed={async () => {
              try {
                await fresh.retry();
              } catch (error) {
                setFormError(errorMessage(error));
              }
            }}
            onCancel={fresh.cancel}
          />
        </CardContent>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label={m.org_delete_confirm_label({ name: organizationName })}
              name="confirmName"
              autoComplete="off"
              value={confirmName}
              onChange={(event) => setConfirmName(event.target.value)}
              error={fieldError}
            />
          </CardContent>
          <CardFooter>
            <Button
              type="submit"
              variant="destructive"
              isLoading={pending}
              disabled={confirmName.trim() !== organizationName}
            >
              {m.org_delete_title()}
            </Button>
          </CardFooter>
        </form>
      )}
    </Card>
  );
}
