import type { Database } from '@kit/database';
import { consumeAllowance } from '@kit/database/rate-limits';

/**
 * better-auth's rate-limit storage in one statement per request (`consumeAllowance`'s upsert), in the
 * table every instance shares. better-auth's own database storage reads, then writes, and sweeps the
 * table on every new window; old rows are removed by the cleanup job instead (`@kit/database/cleanup`).
 */
export function createRateLimitStorage(db: Database) {
  return {
    async consume(key: string, rule: { window: number; max: number }) {
      const allowance = await consumeAllowance(db, key, { max: rule.max, windowSeconds: rule.window });
      return {
        allowed: allowance.allowed,
        retryAfter: allowance.allowed ? null : allowance.retryAfterSeconds,
      };
    },
  };
}
