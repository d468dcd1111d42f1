import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
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
export async function queryUserPage(input: ListUsersInput) {
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
