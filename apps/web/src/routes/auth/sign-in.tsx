import { redirectIfAuthenticated, safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link, useRouter } from '@tanstack/react-router';
import { signInSchema } from '~/features/user/auth.schemas';
import { AuthCard } from '~/features/user/auth-card';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/sign-in')({
  validateSearch: redirectSearch,
  beforeLoad: ({ context, search }) => redirectIfAuthenticated({ context, search }),
  head: () => ({ meta: [{ title: m.page_title({ page: m.sign_in_title() }) }] }),
  component: SignInPage,
});

function SignInPage() {
  const router = useRouter();
  const search = Route.useSearch();
  const destination = safeRedirectPath(search.redirect) ?? '/dashboard';
  const { errors, formError, pending, onSubmit } = useFormSubmit(signInSchema, async (data) => {
    const result = await callAuth((fetchOptions) =>
      authClient.signIn.email({ ...data, callbackURL: destination, fetchOptions }),
    );
    if (result && 'twoFactorRedirect' in result && result.twoFactorRedirect) {
      await router.navigate({ to: '/auth/two-factor', search: { redirect: destination } });
      return;
    }
    await router.invalidate();
    await router.navigate({ href: destination });
  });

  return (
    <AuthCard title={m.sign_in_title()} description={m.sign_in_description()}>
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
          <FormField
            label={m.field_password()}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <Link to="/auth/forgot-password" className="text-sm underline">
            {m.sign_in_forgot()}
          </Link>
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            {m.action_sign_in()}
          </Button>
          <p className="text-sm text-muted-foreground">
            {m.sign_in_no_account()}{' '}
            <Link to="/auth/sign-up" search={{ redirect: search.redirect }} className="underline">
              {m.action_sign_up()}
            </Link>
          </p>
        </CardFooter>
      </form>
    </AuthCard>
  );
}
