import { adminQuery, validateInput } from '@kit/action-middleware';
import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { count, desc, ilike, or } from 'drizzle-orm';
import { listUsersSchema, USERS_PAGE_SIZE } from './admin.schemas';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** One page of users, newest first, optionally filtered by name or email. */
export const listUsers = adminQuery.validator(validateInput(listUsersSchema)).handler(async ({ data }) => {
  const db = getDatabase();
  const pattern = data.search ? `%${escapeLike(data.search)}%` : undefined;
  const where = pattern ? or(ilike(user.name, pattern), ilike(user.email, pattern)) : undefined;
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
      .orderBy(desc(user.createdAt), desc(user.id))
      .limit(USERS_PAGE_SIZE)
      .offset((data.page - 1) * USERS_PAGE_SIZE),
    db.select({ total: count() }).from(user).where(where),
  ]);
  return { users: rows, total: totals[0]?.total ?? 0, page: data.page, pageSize: USERS_PAGE_SIZE };
});
