import { redirectIfAuthenticated, safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { signUpSchema } from '~/features/user/auth.schemas';
import { AuthCard } from '~/features/user/auth-card';
import { OrSeparator, ProviderButtons } from '~/features/user/provider-buttons';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/sign-up')({
  validateSearch: redirectSearch,
  beforeLoad: ({ context, search }) => redirectIfAuthenticated({ context, search }),
  head: () => ({ meta: [{ title: m.page_title({ page: m.sign_up_page_title() }) }] }),
  component: SignUpPage,
});

const authLayout = getRouteApi('/auth');

function SignUpPage() {
  const router = useRouter();
  const identityChanged = useIdentityChanged();
  const offered = authLayout.useLoaderData();
  const search = Route.useSearch();
  const destination = safeRedirectPath(search.redirect) ?? '/dashboard';
  const { errors, formError, pending, onSubmit } = useFormSubmit(signUpSchema, async (data) => {
    // The emailed confirmation link signs the user in and brings them to `destination`.
    const result = await callAuth((fetchOptions) =>
      authClient.signUp.email({ ...data, callbackURL: destination, fetchOptions }),
    );
    if (result?.token) {
      await identityChanged(destination);
      return;
    }
    await router.navigate({ to: '/auth/verify-email', search: { email: data.email, redirect: destination } });
  });

  return (
    <AuthCard title={m.sign_up_title()} description={m.sign_up_description()}>
      {offered.providers.length > 0 ? (
        <CardContent className="space-y-4">
          <ProviderButtons providers={offered.providers} destination={destination} />
          <OrSeparator />
        </CardContent>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField label={m.field_name()} name="name" autoComplete="name" required error={errors.name} />
          <FormField
            label={m.field_email()}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={errors.email}
          />
          <FormField
            label={m.field_password()}
            name="password"
            type="password"
            autoComplete="new-password"
            description={m.sign_up_password_hint()}
            required
            error={errors.password}
          />
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.sign_up_submit()}
          </Button>
          <p className="text-sm text-muted-foreground">
            {m.sign_up_have_account()}{' '}
            <Link to="/auth/sign-in" search={{ redirect: search.redirect }} className="underline">
              {m.action_sign_in()}
            </Link>
          </p>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
