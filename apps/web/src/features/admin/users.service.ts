import { getDatabase } from '@kit/database';
import { listSoleOwnedOrganizations } from '@kit/database/organizations';
import { member, organization, session, user } from '@kit/database/schema';
import { NotFoundError } from '@kit/errors';
import { and, asc, count, desc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { m } from '~/paraglide/messages';
import { ADMIN_PAGE_SIZE, type ListUsersInput } from './admin.schemas';

/** `%term%` for ILIKE, with the pattern characters of the term itself escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function usersWhere(input: ListUsersInput): SQL | undefined {
  const pattern = input.search ? containsPattern(input.search) : undefined;
  return and(
    pattern ? or(ilike(user.name, pattern), ilike(user.email, pattern)) : undefined,
    input.role === 'admin'
      ? eq(user.role, 'admin')
      : input.role === 'user'
        ? eq(user.role, 'user')
        : undefined,
    input.banned === undefined ? undefined : eq(user.banned, input.banned),
  );
}

const sortColumns = { created: user.createdAt, name: user.name, email: user.email } as const;

/** One page of users and the total, as the admin list shows them (the benchmark measures this). */
export async function listUsers(input: ListUsersInput) {
  const db = getDatabase();
  const where = usersWhere(input);
  const direction = input.order === 'asc' ? asc : desc;
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        banned: user.banned,
        createdAt: user.createdAt,
      })
      .from(user)
      .where(where)
      .orderBy(direction(sortColumns[input.sort]), direction(user.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((input.page - 1) * ADMIN_PAGE_SIZE),
    db.select({ total: count() }).from(user).where(where),
  ]);
  return { users: rows, total: totals[0]?.total ?? 0, page: input.page, pageSize: ADMIN_PAGE_SIZE };
}

/** One user as the admin's user page shows them: profile, memberships, live sessions, sole-owned organizations. */
export async function getUserDetail(userId: string) {
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
