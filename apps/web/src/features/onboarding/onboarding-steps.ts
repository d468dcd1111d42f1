// Which onboarding step comes next, derived from what the session already carries (no stored progress):
// a name of the user's own, then an organization, then invitations. `user.onboarded_at` alone says the
// flow is over. Browser-safe: the routes decide with it in beforeLoad.
import type { ClientIdentity, IdentityUser } from '@kit/better-auth/identity';

export const ONBOARDING_STEPS = ['name', 'organization', 'invite'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/**
 * A name the person chose: not empty and not made from their email address (what a provider without a
 * name claim leaves, e.g. "sam" for sam@example.com). A name typed at sign-up counts as chosen.
 */
function hasChosenName(user: Pick<IdentityUser, 'name' | 'email'>): boolean {
  const name = user.name.trim().toLowerCase();
  const email = user.email.trim().toLowerCase();
  return name !== '' && name !== email && name !== email.slice(0, email.indexOf('@'));
}

/** The first step not done yet: the name, then an organization (any membership counts), then invitations. */
export function firstUnfinishedStep(
  identity: Pick<ClientIdentity, 'organizations'> & { user: IdentityUser },
) {
  if (!hasChosenName(identity.user)) return 'name' satisfies OnboardingStep;
  if (identity.organizations.length === 0) return 'organization' satisfies OnboardingStep;
  return 'invite' satisfies OnboardingStep;
}
