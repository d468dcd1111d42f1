import { getDatabase } from '@kit/database';
import { member, organization, session } from '@kit/database/schema';
import { asc, eq } from 'drizzle-orm';

export interface AccountOrganization {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  role: string;
}

export interface AccountSummary {
  activeOrganizationId: string | null;
  role: string | null;
  organizations: AccountOrganization[];
}

/** The user's organizations with their role in each: one query, for the account switcher. */
export function listUserOrganizations(userId: string): Promise<AccountOrganization[]> {
  return getDatabase()
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      logo: organization.logo,
      role: member.role,
    })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(organization.name));
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
