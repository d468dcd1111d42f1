import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { eq } from 'drizzle-orm';

/** The organization the session works in (null: the personal account); the caller checked membership. */
export async function setSessionActiveOrganization(
  sessionId: string,
  organizationId: string | null,
): Promise<void> {
  await getDatabase()
    .update(session)
    .set({ activeOrganizationId: organizationId })
    .where(eq(session.id, sessionId));
}
