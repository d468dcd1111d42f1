import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/user/auth-card';
import { resetPasswordSchema } from '~/features/user/users.schemas';
import { callAuth } from '~/lib/auth-call';
import { searchText } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/reset-password')({
  validateSearch: (search: Record<string, unknown>): { token?: string; error?: string } => ({
    token: searchText(search.token),
    error: searchText(search.error),
  }),
  head: () => ({ meta: [{ title: m.page_title({ page: m.reset_title() }) }] }),
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
      <AuthCard title={m.reset_link_failed_title()} description={m.reset_link_failed_description()}>
        <CardFooter>
          <Link to="/auth/forgot-password" className="text-sm underline">
            {m.reset_get_new_link()}
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  if (done) {
    return (
      <AuthCard title={m.reset_done_title()} description={m.reset_done_description()}>
        <CardFooter>
          <Link to="/auth/sign-in" className="text-sm underline">
            {m.action_sign_in()}
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={m.reset_title()} description={m.reset_description()}>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
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
        </CardContent>
        <CardFooter>
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.reset_submit()}
          </Button>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
