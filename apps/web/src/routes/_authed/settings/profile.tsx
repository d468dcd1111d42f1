import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmPasswordForm } from '~/features/user/confirm-password-form';
import { UserSettingsFrame } from '~/features/user/user-settings-frame';
import { changeEmailSchema, profileSchema } from '~/features/user/users.schemas';
import { useRefreshIdentity } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/_authed/settings/profile')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.settings_profile() }) }] }),
  component: ProfileSettingsPage,
});

function ProfileSettingsPage() {
  return (
    <UserSettingsFrame>
      <ProfileSettingsPageContent />
    </UserSettingsFrame>
  );
}

function ProfileSettingsPageContent() {
  const { user } = Route.useRouteContext();
  return (
    <div className="space-y-6">
      <ProfileForm name={user.name} image={user.image} />
      <ChangeEmailForm email={user.email} />
    </div>
  );
}

function ProfileForm({ name, image }: { name: string; image: string | null }) {
  const refreshIdentity = useRefreshIdentity();
  const { errors, formError, pending, onSubmit } = useFormSubmit(profileSchema, async (data) => {
    await callAuth((fetchOptions) =>
      authClient.updateUser({ name: data.name, image: data.image || null, fetchOptions }),
    );
    await refreshIdentity();
    toast.success(m.profile_saved());
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.profile_card_title()}</CardTitle>
        <CardDescription>{m.profile_card_description()}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label={m.field_name()}
            name="name"
            defaultValue={name}
            autoComplete="name"
            required
            error={errors.name}
          />
          <FormField
            label={m.profile_avatar_url()}
            name="image"
            type="url"
            defaultValue={image ?? ''}
            description={m.profile_avatar_hint()}
            error={errors.image}
          />
        </CardContent>
        <CardFooter>
          <Button type="submit" isLoading={pending}>
            {m.profile_save()}
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
        <CardTitle>{m.email_card_title()}</CardTitle>
        <CardDescription>{m.email_card_description({ email })}</CardDescription>
      </CardHeader>
      {fresh.needsPassword ? (
        <CardContent>
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        </CardContent>
      ) : sentTo ? (
        <CardContent>
          <p role="status" className="text-sm">
            {m.email_change_sent({ email: sentTo })}
          </p>
        </CardContent>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormError message={formError} />
            <FormField
              label={m.field_new_email()}
              name="newEmail"
              type="email"
              autoComplete="email"
              required
              error={errors.newEmail}
            />
          </CardContent>
          <CardFooter>
            <Button type="submit" variant="secondary" isLoading={pending}>
              {m.email_change_submit()}
            </Button>
          </CardFooter>
        </form>
      )}
    </Card>
  );
}
