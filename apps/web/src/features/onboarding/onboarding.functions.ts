import { authAction, notWhileImpersonating, validateInput } from '@kit/action-middleware';
import { finishOnboardingSchema } from './onboarding.schemas';
import { finishOnboarding } from './onboarding.service';

/**
 * Finishes (or skips the rest of) the caller's onboarding: it is not shown again. An admin impersonating
 * the user is refused (403 NOT_WHILE_IMPERSONATING): it is the user's own first visit, not theirs.
 */
export const finishMyOnboarding = authAction
  .middleware([notWhileImpersonating])
  .validator(validateInput(finishOnboardingSchema))
  .handler(({ data, context }) =>
    finishOnboarding({ userId: context.user.id, sessionId: context.session.id }, data.step),
  );
