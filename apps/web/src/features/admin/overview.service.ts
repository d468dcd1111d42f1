import { getDatabase } from '@kit/database';
import { organization, session, user } from '@kit/database/schema';
import { count, countDistinct, eq, gte, sql } from 'drizzle-orm';

const DAY_MS = 86_400_000;
export const SIGNUP_CHART_DAYS = 30;

export interface DailySignups {
  day: string;
  count: number;
}

/** Fills the days without sign-ups with zeros, oldest first, ending today (UTC). */
export function completeDays(rows: DailySignups[], days: number, now = new Date()): DailySignups[] {
  const byDay = new Map(rows.map((row) => [row.day, row.count]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(today - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

export async function getOverview(now = new Date()) {
  const db = getDatabase();
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const chartStart = new Date(now.getTime() - SIGNUP_CHART_DAYS * DAY_MS);
  const signupDay = sql<string>`to_char(${user.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const [[users], [active], [banned], [newThisWeek], [organizations], signups] = await Promise.all([
    db.select({ value: count() }).from(user),
    db
      .select({ value: countDistinct(session.userId) })
      .from(session)
      .where(gte(session.updatedAt, dayAgo)),
    db.select({ value: count() }).from(user).where(eq(user.banned, true)),
    db.select({ value: count() }).from(user).where(gte(user.createdAt, weekAgo)),
    db.select({ value: count() }).from(organization),
    db
      .select({ day: signupDay, count: count() })
      .from(user)
      .where(gte(user.createdAt, chartStart))
      .groupBy(signupDay),
  ]);
  return {
    totals: {
      users: users?.value ?? 0,
      activeLast24h: active?.value ?? 0,
      banned: banned?.value ?? 0,
      newThisWeek: newThisWeek?.value ?? 0,
      organizations: organizations?.value ?? 0,
    },
    dailySignups: completeDays(signups, SIGNUP_CHART_DAYS, now),
  };
}
