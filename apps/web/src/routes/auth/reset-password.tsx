import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { resetPasswordSchema } from '~/features/account/account.schemas';
import { AuthCard } from '~/features/account/auth-card';
import { callAuth } from '~/lib/auth-call';
import { searchText } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';

export const Route = createFileRoute('/auth/reset-password')({
  validateSearch: (search: Record<string, unknown>): { token?: string; error?: string } => ({
    token: searchText(search.token),
    error: searchText(search.error),
  }),
  head: () => ({ meta: [{ title: 'Choose a new password — Kit' }] }),
  component: ResetPasswordPage,
});

function ResetPasswordPage() {
  const { token, error } = Route.useSearch();
  const [done, setDone] = useState(false);
  const { errors, formError, pending, onSubmit } = useFormSubmit(
    resetPasswordSchema,
    async ({ newPassword }) => {
      await callAuth((fetchOptions) =>
        authClient.resetPassword({ newPassword, token: token ?? '', fetchOptions }),
      );
      setDone(true);
    },
  );

  if (!token || error) {
    return (
      <AuthCard
        title="This link did not work"
        description="The reset link is invalid, already used or expired. Ask for a new one."
      >
        <CardFooter>
          <Link to="/auth/forgot-password" className="text-sm underline">
            Get a new link
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  if (done) {
    return (
      <AuthCard
        title="Password changed"
        description="Your new password is set, and every session of your account was signed out."
      >
        <CardFooter>
          <Link to="/auth/sign-in" className="text-sm underline">
            Sign in
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      description="At least 8 characters. This signs you out everywhere."
    >
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            error={errors.newPassword}
          />
          <FormField
            label="Repeat the new password"
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            error={errors.confirmPassword}
          />
        </CardContent>
        <CardFooter>
          <Button type="submit" className="w-full" isLoading={pending}>
            Set the new password
          </Button>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
