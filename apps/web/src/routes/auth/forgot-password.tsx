import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { emailOnlySchema } from '~/features/account/account.schemas';
import { AuthCard } from '~/features/account/auth-card';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';

export const Route = createFileRoute('/auth/forgot-password')({
  head: () => ({ meta: [{ title: 'Forgot your password — Kit' }] }),
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
      <AuthCard
        title="Check your inbox"
        description={`If an account uses ${sentTo}, we sent it a link to choose a new password. The link works once, for one hour.`}
      >
        <CardFooter>
          <Link to="/auth/sign-in" className="text-sm underline">
            Back to sign in
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter your email address and we will send you a link to choose a new one."
    >
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            error={errors.email}
          />
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            Send the link
          </Button>
          <Link to="/auth/sign-in" className="text-sm underline">
            Back to sign in
          </Link>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
