import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { Link } from '@tanstack/react-router';
import { ConfirmPasswordForm } from '~/components/confirm-password-form';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { passwordOnlySchema } from './account.schemas';

export function DeleteAccountCard({
  email,
  soleOwnedOrganizations,
}: {
  email: string;
  soleOwnedOrganizations: Array<{ id: string; name: string }>;
}) {
  const fresh = useFreshSessionRetry();
  const { errors, formError, pending, onSubmit } = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) => authClient.deleteUser({ password, fetchOptions }));
      window.location.assign('/');
    });
  });
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete your account</CardTitle>
        <CardDescription>Deletes your account, sessions and memberships for good.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {soleOwnedOrganizations.length > 0 ? (
          <div role="status" className="rounded-md border border-border p-3 text-sm">
            You are the only owner of{' '}
            <strong>{soleOwnedOrganizations.map((org) => org.name).join(', ')}</strong>. Transfer ownership to
            another member or delete{' '}
            {soleOwnedOrganizations.length === 1 ? 'that organization' : 'those organizations'} first, in{' '}
            <Link to="/settings/members" className="underline">
              Members
            </Link>{' '}
            or{' '}
            <Link to="/settings/organization" className="underline">
              Organization
            </Link>{' '}
            (switch to it with the account switcher).
          </div>
        ) : fresh.needsPassword ? (
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Delete account">
            <FormError message={formError} />
            <FormField
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              error={errors.password}
            />
            <Button type="submit" variant="destructive" isLoading={pending}>
              Delete my account
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
