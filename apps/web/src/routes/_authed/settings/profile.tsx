import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { createFileRoute, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmPasswordForm } from '~/components/confirm-password-form';
import { changeEmailSchema, profileSchema } from '~/features/account/account.schemas';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';

export const Route = createFileRoute('/_authed/settings/profile')({
  head: () => ({ meta: [{ title: 'Profile — Kit' }] }),
  component: ProfileSettingsPage,
});

function ProfileSettingsPage() {
  const { user } = Route.useRouteContext();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
      <ProfileForm name={user.name} image={user.image} />
      <ChangeEmailForm email={user.email} />
    </div>
  );
}

function ProfileForm({ name, image }: { name: string; image: string | null }) {
  const router = useRouter();
  const { errors, formError, pending, onSubmit } = useFormSubmit(profileSchema, async (data) => {
    await callAuth((fetchOptions) =>
      authClient.updateUser({ name: data.name, image: data.image || null, fetchOptions }),
    );
    await router.invalidate();
    toast.success('Profile saved.');
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Name and picture</CardTitle>
        <CardDescription>How other members see you.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label="Name"
            name="name"
            defaultValue={name}
            autoComplete="name"
            required
            error={errors.name}
          />
          <FormField
            label="Avatar URL"
            name="image"
            type="url"
            defaultValue={image ?? ''}
            description="An https:// image address, or empty for none."
            error={errors.image}
          />
        </CardContent>
        <CardFooter>
          <Button type="submit" isLoading={pending}>
            Save profile
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function ChangeEmailForm({ email }: { email: string }) {
  const fresh = useFreshSessionRetry();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, onSubmit } = useFormSubmit(changeEmailSchema, async ({ newEmail }) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) =>
        authClient.changeEmail({ newEmail, callbackURL: '/settings/profile', fetchOptions }),
      );
      setSentTo(newEmail);
    });
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Email address</CardTitle>
        <CardDescription>
          You sign in with {email}. A new address takes effect once you open the link we send to it.
        </CardDescription>
      </CardHeader>
      {fresh.needsPassword ? (
        <CardContent>
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        </CardContent>
      ) : sentTo ? (
        <CardContent>
          <p role="status" className="text-sm">
            We sent a confirmation link to {sentTo}. Open it to finish the change.
          </p>
        </CardContent>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label="New email"
              name="newEmail"
              type="email"
              autoComplete="email"
              required
              error={errors.newEmail}
            />
          </CardContent>
          <CardFooter>
            <Button type="submit" variant="secondary" isLoading={pending}>
              Change email
            </Button>
          </CardFooter>
        </form>
      )}
    </Card>
  );
}
