import { type Database, getDatabase } from '@kit/database';
import { session, user } from '@kit/database/schema';
import { and, eq, isNull } from 'drizzle-orm';

type Writer = Pick<Database, 'update'>;

/** Sets `user.onboarded_at` once: a later call keeps the first time. */
export async function markOnboarded(writer: Writer, userId: string): Promise<void> {
  await writer
    .update(user)
    .set({ onboardedAt: new Date() })
    .where(and(eq(user.id, userId), isNull(user.onboardedAt)));
}

/** Marks the user as onboarded; finishing at the organization step leaves them on the personal account. */
export async function finishOnboarding(
  actor: { userId: string; sessionId: string },
  step: 'organization' | 'invite',
): Promise<{ onboarded: true }> {
  await getDatabase().transaction(async (tx) => {
    await markOnboarded(tx, actor.userId);
    if (step === 'organization') {
      await tx.update(session).set({ activeOrganizationId: null }).where(eq(session.id, actor.sessionId));
    }
  });
  return { onboarded: true };
}
