import { createFileRoute, redirect } from '@tanstack/react-router';
import { InviteStep } from '~/features/onboarding/invite-step';
import { m } from '~/paraglide/messages';

export const Route = createFileRoute('/onboarding/invite')({
  // Invitations go to an organization: without one, the step before creates it.
  beforeLoad: ({ context }) => {
    if (context.identity.organizations.length === 0) throw redirect({ href: '/onboarding/organization' });
  },
  head: () => ({ meta: [{ title: m.page_title({ page: m.onboarding_invite_title() }) }] }),
  component: InviteStepPage,
});

function InviteStepPage() {
  const { identity } = Route.useRouteContext();
  return <InviteStep identity={identity} />;
}
