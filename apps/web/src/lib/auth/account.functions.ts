import { authQuery } from '@kit/action-middleware';
import { getAccountContext } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { member, organization } from '@kit/database/schema';
import { asc, eq } from 'drizzle-orm';

export interface AccountSummary {
  activeOrganizationId: string | null;
  role: string | null;
  organizations: Array<{ id: string; name: string; slug: string; logo: string | null; role: string }>;
}

/** The caller's personal account and organizations (one query), for the account switcher. */
export const fetchAccountContext = authQuery.handler(async ({ context }): Promise<AccountSummary> => {
  const [account, organizations] = await Promise.all([
    getAccountContext(),
    getDatabase()
      .select({
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        logo: organization.logo,
        role: member.role,
      })
      .from(member)
      .innerJoin(organization, eq(organization.id, member.organizationId))
      .where(eq(member.userId, context.user.id))
      .orderBy(asc(organization.name)),
  ]);
  return {
    activeOrganizationId: account?.activeOrganizationId ?? null,
    role: account?.role ?? null,
    organizations,
  };
});
