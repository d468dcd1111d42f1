import { requireOnboardingPending } from '@kit/auth/guards';
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { OnboardingLayout } from '~/features/onboarding/onboarding-layout';

// Outside `_authed`: the flow comes before the app shell. Signed-in users who have not finished it only;
// afterwards /onboarding/* goes to the dashboard.
export const Route = createFileRoute('/onboarding')({
  beforeLoad: requireOnboardingPending,
  component: () => (
    <OnboardingLayout>
      <Outlet />
    </OnboardingLayout>
  ),
});
