// Fixed-window counters in the rate-limit table, shared by every app instance. Each step is one SQL
// statement, so concurrent requests (on one instance or several) are all counted.
import { eq, lt, sql } from 'drizzle-orm';
import type { Database } from './client';
import { rateLimit } from './schema';

export interface WindowLimit {
  /** Attempts allowed inside one window. */
  max: number;
  windowSeconds: number;
}

export interface Allowance {
  allowed: boolean;
  /** Attempts counted in the current window, this one included. */
  count: number;
  /** Seconds until the window ends. */
  retryAfterSeconds: number;
}

/** Counts one attempt under `key`; allowed while the window holds at most `max` attempts. */
export async function consumeAllowance(
  db: Database,
  key: string,
  limit: WindowLimit,
  now = Date.now(),
): Promise<Allowance> {
  const windowStart = now - limit.windowSeconds * 1000;
  const expired = lt(rateLimit.lastRequest, windowStart);
  const [row] = await db
    .insert(rateLimit)
    .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimit.count} + 1 end`,
        lastRequest: sql`case when ${expired} then ${now} else ${rateLimit.lastRequest} end`,
      },
    })
    .returning({ count: rateLimit.count, lastRequest: rateLimit.lastRequest });
  const count = row?.count ?? 1;
  const windowEnd = (row?.lastRequest ?? now) + limit.windowSeconds * 1000;
  return {
    allowed: count <= limit.max,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
  };
}

/** Gives back one attempt (one that turned out not to count). */
export async function releaseAllowance(db: Database, key: string): Promise<void> {
  await db
    .update(rateLimit)
    .set({ count: sql`greatest(${rateLimit.count} - 1, 0)` })
    .where(eq(rateLimit.key, key));
}

/** Forgets every attempt under `key`. */
export async function clearAllowance(db: Database, key: string): Promise<void> {
  await db.delete(rateLimit).where(eq(rateLimit.key, key));
}
