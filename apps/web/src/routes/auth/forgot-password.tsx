import { authClient } from '@kit/better-auth/client';
import { createFileRoute } from '@tanstack/react-router';
import { EmailLinkRequest } from '~/features/user/email-link-request';
import { callAuth } from '~/lib/auth-call';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/auth/forgot-password')({
  head: () => ({ meta: [{ title: m.page_title({ page: m.forgot_page_title() }) }] }),
  component: ForgotPasswordPage,
});

function ForgotPasswordPage() {
  return (
    <EmailLinkRequest
      title={m.forgot_title()}
      description={m.forgot_description()}
      submitLabel={m.forgot_submit()}
      sent={(email) => ({ title: m.forgot_sent_title(), description: m.forgot_sent_description({ email }) })}
      backLabel={m.back_to_sign_in()}
      request={async (email) => {
        await callAuth((fetchOptions) =>
          authClient.requestPasswordReset({ email, redirectTo: '/auth/reset-password', fetchOptions }),
        );
      }}
    />
  );
}
