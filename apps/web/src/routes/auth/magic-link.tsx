import { redirectIfAuthenticated, safeRedirectPath } from '@kit/auth/guards';
import { authClient } from '@kit/better-auth/client';
import { createFileRoute } from '@tanstack/react-router';
import { EmailLinkRequest } from '~/features/user/email-link-request';
import { callAuth } from '~/lib/auth-call';
import { redirectSearch } from '~/lib/search-params';
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
  return (
    <EmailLinkRequest
      title={m.magic_link_title()}
      description={m.magic_link_description()}
      submitLabel={m.magic_link_action()}
      sent={(email) => ({ title: m.magic_link_title(), description: m.magic_link_sent({ email }) })}
      backLabel={m.magic_link_back()}
      backSearch={{ redirect: search.redirect }}
      // The same answer whether or not the address is registered; only a user gets the email.
      request={async (email) => {
        await callAuth((fetchOptions) =>
          authClient.signIn.magicLink({
            email,
            callbackURL: destination,
            errorCallbackURL: '/auth/sign-in',
            fetchOptions,
          }),
        );
      }}
    />
  );
}
