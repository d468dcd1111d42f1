import type { AccountOrganization } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { eq } from 'drizzle-orm';

export type { AccountOrganization };

export interface AccountSummary {
  activeOrganizationId: string | null;
  role: string | null;
  organizations: AccountOrganization[];
}

/** The summary from the organization list: an active id the user is no longer in reads as personal. */
export function summarizeAccount(
  organizations: AccountOrganization[],
  activeOrganizationId: string | null,
): AccountSummary {
  const active = organizations.find((org) => org.id === activeOrganizationId);
  return { activeOrganizationId: active?.id ?? null, role: active?.role ?? null, organizations };
}

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
