// The onboarding route's beforeLoad, loaded with the flow itself: what it needs (the steps, their titles)
// stays out of the entry every page loads.
import { requireAuth } from '@kit/auth/guards';
import type { ClientIdentity } from '@kit/better-auth/identity';
import { redirect } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';
import { firstUnfinishedStep, ONBOARDING_STEPS, type OnboardingStep } from './onboarding-steps';

const titles: Record<OnboardingStep, () => string> = {
  name: m.onboarding_name_title,
  organization: m.onboarding_organization_title,
  invite: m.onboarding_invite_title,
};

interface OnboardingGuardInput {
  context: { identity: ClientIdentity };
  location: { pathname: string; searchStr: string };
  params: { step?: string };
}

/**
 * A signed-in user who has not finished onboarding, on a step: /onboarding (or an unknown step) resumes
 * at the first unfinished one, the invitations need an organization, the organization step is over once
 * there is one (Back would offer its form again, and a second organization), and once onboarding is done
 * every step goes to the dashboard.
 */
export function onboardingStep({ context, location, params }: OnboardingGuardInput) {
  const { user } = requireAuth({ context, location });
  if (user.onboarded) throw redirect({ href: '/dashboard' });
  const step = ONBOARDING_STEPS.find((known) => known === params.step);
  if (!step) throw redirect({ href: `/onboarding/${firstUnfinishedStep({ ...context.identity, user })}` });
  const hasOrganization = context.identity.organizations.length > 0;
  if (step === 'invite' && !hasOrganization) throw redirect({ href: '/onboarding/organization' });
  if (step === 'organization' && hasOrganization) throw redirect({ href: '/onboarding/invite' });
  return { user, step, title: m.page_title({ page: titles[step]() }) };
}
