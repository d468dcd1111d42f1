import { redirectIfAuthenticated, safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/user/auth-card';
import { emailOnlySchema } from '~/features/user/user.schemas';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/magic-link')({
  validateSearch: redirectSearch,
  beforeLoad: ({ context, search }) => redirectIfAuthenticated({ context, search }),
  head: () => ({ meta: [{ title: m.page_title({ page: m.magic_link_title() }) }] }),
  component: MagicLinkPage,
});

function MagicLinkPage() {
  const search = Route.useSearch();
  const destination = safeRedirectPath(search.redirect) ?? '/dashboard';
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, onSubmit } = useFormSubmit(emailOnlySchema, async ({ email }) => {
    // The same answer whether or not the address has an account; only an account gets the email.
    await callAuth((fetchOptions) =>
      authClient.signIn.magicLink({
        email,
        callbackURL: destination,
        errorCallbackURL: '/auth/sign-in',
        fetchOptions,
      }),
    );
    setSentTo(email);
  });

  if (sentTo) {
    return (
      <AuthCard title={m.magic_link_title()} description={m.magic_link_sent({ email: sentTo })}>
        <CardFooter>
          <Link to="/auth/sign-in" search={{ redirect: search.redirect }} className="text-sm underline">
            {m.back_to_sign_in()}
          </Link>
        </CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={m.magic_link_title()} description={m.magic_link_description()}>
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
            {m.magic_link_action()}
          </Button>
          <Link to="/auth/sign-in" search={{ redirect: search.redirect }} className="text-sm underline">
            {m.magic_link_back()}
          </Link>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
