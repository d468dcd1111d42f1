import type { Database } from '@kit/database';
import { rateLimit } from '@kit/database/schema';
import { sql } from 'drizzle-orm';

interface Rule {
  /** Seconds. */
  window: number;
  max: number;
}

/**
 * better-auth's rate-limit storage in one statement per request: an upsert that starts a new window,
 * counts the request, or leaves a full window alone, and says which. better-auth's own database storage
 * reads, then writes (and sweeps the table on every new window); expired rows are removed by the
 * cleanup job instead (see `@kit/database/cleanup`).
 */
export function createRateLimitStorage(db: Database) {
  return {
    async consume(key: string, rule: Rule): Promise<{ allowed: boolean; retryAfter: number | null }> {
      const now = Date.now();
      const windowStart = now - rule.window * 1000;
      const expired = sql`${rateLimit.lastRequest} <= ${windowStart}`;
      const [row] = await db
        .insert(rateLimit)
        .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
        .onConflictDoUpdate({
          target: rateLimit.key,
          set: {
            count: sql`case when ${expired} then 1 when ${rateLimit.count} < ${rule.max} then ${rateLimit.count} + 1 else ${rateLimit.count} end`,
            lastRequest: sql`case when ${expired} or ${rateLimit.count} < ${rule.max} then ${now} else ${rateLimit.lastRequest} end`,
          },
        })
        .returning({ lastRequest: rateLimit.lastRequest });
      // A counted request moved lastRequest to now; a refused one left the window's start as it was.
      if (!row || row.lastRequest === now) return { allowed: true, retryAfter: null };
      return {
        allowed: false,
        retryAfter: Math.max(1, Math.ceil((row.lastRequest + rule.window * 1000 - now) / 1000)),
      };
    },
  };
}
