import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { createFileRoute, Link, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { authSearchSchema, signUpSchema } from '~/features/account/auth.schemas';
import { redirectIfAuthenticated, safeRedirectPath } from '~/lib/auth/guards';
import { authErrorMessage, type FieldErrors, parseForm } from '~/lib/forms';

export const Route = createFileRoute('/auth/sign-up')({
  validateSearch: authSearchSchema,
  beforeLoad: ({ context, search }) => redirectIfAuthenticated({ context, search }),
  head: () => ({ meta: [{ title: 'Create an account — Kit' }] }),
  component: SignUpPage,
});

function SignUpPage() {
  const router = useRouter();
  const search = Route.useSearch();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = parseForm(signUpSchema, event.currentTarget);
    setErrors(parsed.errors ?? {});
    if (!parsed.data) return;
    setPending(true);
    const { error } = await authClient.signUp.email(parsed.data);
    if (error) {
      setPending(false);
      setFormError(authErrorMessage(error));
      return;
    }
    await router.invalidate();
    await router.navigate({ href: safeRedirectPath(search.redirect) ?? '/dashboard' });
  }

  return (
    <Card className="mx-auto max-w-md">
      <CardHeader>
        <CardTitle>Create your account</CardTitle>
        <CardDescription>It takes a minute. You can create or join organizations afterwards.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField label="Name" name="name" autoComplete="name" required error={errors.name} />
          <FormField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            error={errors.email}
          />
          <FormField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            description="At least 8 characters."
            required
            error={errors.password}
          />
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            Create account
          </Button>
          <p className="text-sm text-muted-foreground">
            Already have an account?{' '}
            <Link to="/auth/sign-in" search={{ redirect: search.redirect }} className="underline">
              Sign in
            </Link>
          </p>
        </CardFooter>
      </form>
    </Card>
  );
}
