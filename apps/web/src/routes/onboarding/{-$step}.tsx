import { createFileRoute } from '@tanstack/react-router';
import { InviteStep } from '~/features/onboarding/invite-step';
import { NameStep } from '~/features/onboarding/name-step';
import { OnboardingLayout } from '~/features/onboarding/onboarding-layout';
import { OrganizationStep } from '~/features/onboarding/organization-step';

// One route for the three steps (/onboarding/name, /organization, /invite), outside `_authed`: the flow
// comes before the app shell. Its guard is imported on use, to keep every page's entry small.
export const Route = createFileRoute('/onboarding/{-$step}')({
  beforeLoad: async (input) => (await import('~/features/onboarding/onboarding-guard')).onboardingStep(input),
  head: ({ match }) => ({ meta: [{ title: match.context.title }] }),
  component: OnboardingPage,
});

function OnboardingPage() {
  const { step, user, identity } = Route.useRouteContext();
  return (
    <OnboardingLayout>
      {step === 'name' ? <NameStep name={user.name} /> : null}
      {step === 'organization' ? <OrganizationStep /> : null}
      {step === 'invite' ? <InviteStep identity={identity} /> : null}
    </OnboardingLayout>
  );
}
