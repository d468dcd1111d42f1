import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/user/auth-card';
import { emailOnlySchema } from '~/features/user/user.schemas';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/forgot-password')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.forgot_page_title() }) }] }),
  component: ForgotPasswordPage,
});

function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, onSubmit } = useFormSubmit(emailOnlySchema, async ({ email }) => {
    await callAuth((fetchOptions) =>
      authClient.requestPasswordReset({ email, redirectTo: '/auth/reset-password', fetchOptions }),
    );
    setSentTo(email);
  });

  if (sentTo) {
    return (
      <AuthCard title={m.forgot_sent_title()} description={m.forgot_sent_description({ email: sentTo })}>
        <CardFooter>
          <Link to="/auth/sign-in" className="text-sm underline">
            {m.back_to_sign_in()}
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={m.forgot_title()} description={m.forgot_description()}>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label={m.field_email()}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={errors.email}
          />
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.forgot_submit()}
          </Button>
          <Link to="/auth/sign-in" className="text-sm underline">
            {m.back_to_sign_in()}
          </Link>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
