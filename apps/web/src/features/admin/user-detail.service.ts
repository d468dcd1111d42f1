import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import { member, organization, session, user } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { m } from '~/paraglide/messages';

export async function queryUserDetail(userId: string) {
  const db = getDatabase();
  const [profile] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      role: user.role,
      banned: user.banned,
      banReason: user.banReason,
      banExpires: user.banExpires,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  if (!profile) throw new NotFoundError(m.err_user_not_found());
  const [organizations, sessions, soleOwned] = await Promise.all([
    db
      .select({ id: organization.id, name: organization.name, slug: organization.slug, role: member.role })
      .from(member)
      .innerJoin(organization, eq(organization.id, member.organizationId))
      .where(eq(member.userId, userId))
      .orderBy(asc(organization.name)),
    db
      .select({
        id: session.id,
        createdAt: session.createdAt,
        updatedAt: session.updatedAt,
        expiresAt: session.expiresAt,
        ipAddress: session.ipAddress,
        userAgent: session.userAgent,
        impersonatedBy: session.impersonatedBy,
      })
      .from(session)
      .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
      .orderBy(desc(session.updatedAt)),
    listSoleOwnedOrganizations(db, userId),
  ]);
  return { profile, organizations, sessions, soleOwnedOrganizations: soleOwned };
}
