import { safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '~/features/user/auth-card';
import { callAuth } from '~/lib/auth-call';
import { errorMessage } from '~/lib/errors';
import { searchText } from '~/lib/search-params';
import { m } from '~/paraglide/messages';

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
  head: () => ({ meta: [{ title: m.page_title({ page: m.verify_page_title() }) }] }),
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
      toast.success(m.verify_resent());
    } catch (caught) {
      setResendError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <AuthCard
      title={linkFailed ? m.reset_link_failed_title() : m.forgot_sent_title()}
      description={
        linkFailed
          ? m.verify_link_failed_description()
          : m.verify_sent_description({ email: email ?? m.verify_your_address() })
      }
    >
      <CardContent className="space-y-3">
        <FormError message={resendError} />
        {email ? (
          <Button variant="outline" onClick={resend} isLoading={pending}>
            {m.verify_send_again()}
          </Button>
        ) : null}
      </CardContent>
      <CardFooter>
        <Link to="/auth/sign-in" className="text-sm underline">
          {m.back_to_sign_in()}
        </Link>
      </CardFooter>
    </AuthCard>
  );
}
