import { z } from 'zod';
import { profileSchema } from '~/features/user/users.schemas';

/**
 * Ends onboarding from the step the person is on: `organization` is "continue on my personal account"
 * (the session then works in the personal account), `invite` is finishing or skipping the invitations.
 */
export const finishOnboardingSchema = z.object({ step: z.enum(['organization', 'invite']) });

/** The name step: the same rule as the profile's name. */
export const onboardingNameSchema = profileSchema.pick({ name: true });
