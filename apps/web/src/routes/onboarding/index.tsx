import { createFileRoute, redirect } from '@tanstack/react-router';
import { firstUnfinishedStep } from '~/features/onboarding/onboarding-steps';

/** /onboarding resumes the flow at its first unfinished step. */
export const Route = createFileRoute('/onboarding/')({
  beforeLoad: ({ context }) => {
    throw redirect({
      href: `/onboarding/${firstUnfinishedStep({ ...context.identity, user: context.user })}`,
    });
  },
});
