import { redirectIfAuthenticated, safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { signInSchema } from '~/features/user/auth.schemas';
import { AuthCard } from '~/features/user/auth-card';
import { OrSeparator, ProviderButtons } from '~/features/user/provider-buttons';
import { signInErrorMessage } from '~/features/user/sign-in-errors';
import { usePasskeySignIn } from '~/features/user/use-passkey-sign-in';
import { useIdentityChanged } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { signInSearch } from '~/lib/search-params';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/sign-in')({
  validateSearch: signInSearch,
  beforeLoad: ({ context, search }) => redirectIfAuthenticated({ context, search }),
  head: () => ({ meta: [{ title: m.page_title({ page: m.sign_in_title() }) }] }),
  component: SignInPage,
});

const authLayout = getRouteApi('/auth');

function SignInPage() {
  const router = useRouter();
  const identityChanged = useIdentityChanged();
  const search = Route.useSearch();
  const offered = authLayout.useLoaderData();
  const destination = safeRedirectPath(search.redirect) ?? '/dashboard';
  const goToDestination = () => identityChanged(destination);
  const passkey = usePasskeySignIn(offered.passkey, goToDestination);
  const { errors, formError, pending, onSubmit } = useFormSubmit(signInSchema, async (data) => {
    const result = await callAuth((fetchOptions) =>
      // The callback URL is where the confirmation link emailed to an unverified address leads.
      authClient.signIn.email({ ...data, callbackURL: destination, fetchOptions }),
    );
    if (result && 'twoFactorRedirect' in result && result.twoFactorRedirect) {
      await router.navigate({ to: '/auth/two-factor', search: { redirect: destination } });
      return;
    }
    await goToDestination();
  });
  const returnedError = signInErrorMessage(search.error);

  return (
    <AuthCard title={m.sign_in_title()} description={m.sign_in_description()}>
      <CardContent className="space-y-4">
        <FormError message={formError ?? returnedError} />
        <ProviderButtons providers={offered.providers} destination={destination} />
        <FormError message={passkey.failed ? m.sign_in_passkey_failed() : null} />
        {passkey.buttonNeeded ? (
          <Button
            type="button"
            variant="outline"
            className="w-full"
            isLoading={passkey.pending}
            onClick={() => void passkey.signInWithButton()}
          >
            {m.sign_in_with_passkey()}
          </Button>
        ) : null}
        {offered.providers.length > 0 || passkey.buttonNeeded ? <OrSeparator /> : null}
      </CardContent>
      {offered.emailAndPassword ? (
        <form onSubmit={onSubmit} noValidate>
          <CardContent className="space-y-4">
            <FormField
              label={m.field_email()}
              name="email"
              type="email"
              // "webauthn" lets the browser offer passkeys in this field's autofill.
              autoComplete={offered.passkey ? 'email webauthn' : 'email'}
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
            <SignInFooter magicLink={offered.magicLink} redirect={search.redirect} />
          </CardFooter>
        </form>
      ) : (
        <CardFooter className="flex flex-col gap-3">
          <SignInFooter magicLink={offered.magicLink} redirect={search.redirect} />
        </CardFooter>
      )}
    </AuthCard>
  );
}

function SignInFooter({ magicLink, redirect }: { magicLink: boolean; redirect?: string }) {
  return (
    <>
      {magicLink ? (
        <Link to="/auth/magic-link" search={{ redirect }} className="text-sm underline">
          {m.magic_link_open()}
        </Link>
      ) : null}
      <p className="text-sm text-muted-foreground">
        {m.sign_in_no_account()}{' '}
        <Link to="/auth/sign-up" search={{ redirect }} className="underline">
          {m.action_sign_up()}
        </Link>
      </p>
    </>
  );
}
