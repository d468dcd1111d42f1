import { safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/account/auth-card';
import { callAuth } from '~/lib/auth-call';
import { errorMessage } from '~/lib/errors';
import { searchText } from '~/lib/search-params';

interface VerifyEmailSearch {
  email?: string;
  redirect?: string;
  /** Set by better-auth when a confirmation link was invalid or expired. */
  error?: string;
}

export const Route = createFileRoute('/auth/verify-email')({
  validateSearch: (search: Record<string, unknown>): VerifyEmailSearch => ({
    email: searchText(search.email),
    redirect: searchText(search.redirect),
    error: searchText(search.error),
  }),
  head: () => ({ meta: [{ title: 'Confirm your email — Kit' }] }),
  component: VerifyEmailPage,
});

function VerifyEmailPage() {
  const { email, redirect, error } = Route.useSearch();
  const [resendError, setResendError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const linkFailed = Boolean(error);

  async function resend() {
    if (!email) return;
    setPending(true);
    setResendError(null);
    try {
      await callAuth((fetchOptions) =>
        authClient.sendVerificationEmail({
          email,
          callbackURL: safeRedirectPath(redirect) ?? '/dashboard',
          fetchOptions,
        }),
      );
      toast.success('We sent a new link. Check your inbox.');
    } catch (caught) {
      setResendError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <AuthCard
      title={linkFailed ? 'This link did not work' : 'Check your inbox'}
      description={
        linkFailed
          ? 'The confirmation link is invalid or has expired. Ask for a new one below, or sign in to get one.'
          : `We sent a confirmation link to ${email ?? 'your email address'}. Open it to finish creating your account.`
      }
    >
      <CardContent className="space-y-3">
        <FormError message={resendError} />
        {email ? (
          <Button variant="outline" onClick={resend} isLoading={pending}>
            Send the link again
          </Button>
        ) : null}
      </CardContent>
      <CardFooter>
        <Link to="/auth/sign-in" className="text-sm underline">
          Back to sign in
        </Link>
      </CardFooter>
    </AuthCard>
  );
}
