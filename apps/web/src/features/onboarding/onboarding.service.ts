import { getDatabase } from '@kit/database';
import { session, user } from '@kit/database/schema';
import { and, eq, isNull } from 'drizzle-orm';

/** Marks the user as onboarded (once: a second finish keeps the first time); optionally on the personal account. */
export async function finishOnboarding(
  actor: { userId: string; sessionId: string },
  step: 'organization' | 'invite',
): Promise<{ onboarded: true }> {
  await getDatabase().transaction(async (tx) => {
    await tx
      .update(user)
      .set({ onboardedAt: new Date() })
      .where(and(eq(user.id, actor.userId), isNull(user.onboardedAt)));
    if (step === 'organization') {
      await tx.update(session).set({ activeOrganizationId: null }).where(eq(session.id, actor.sessionId));
    }
  });
  return { onboarded: true };
}
