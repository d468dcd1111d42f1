import { lt, sql } from 'drizzle-orm';
import type { Database } from './client';
import { rateLimit, session, verification } from './schema';

/**
 * How long a rate-limit or lockout row is kept after its last request. Longer than every window the
 * auth layer uses (the longest, the per-user sign-in lockout, is 15 minutes), so a row is never
 * removed while it still counts.
 */
export const RATE_LIMIT_RETENTION_MS = 60 * 60 * 1000;

export interface CleanupResult {
  sessions: number;
  verifications: number;
  rateLimits: number;
}

/**
 * Deletes rows that can no longer mean anything: sessions past their expiry, verification tokens past
 * theirs (used ones are deleted by better-auth when used), and rate-limit and lockout counters whose
 * window ended long ago. Safe to run from several instances at once; `deleteExpiredRowsOnOneInstance`
 * lets only one of them do it.
 */
export async function deleteExpiredRows(db: Database, now = new Date()): Promise<CleanupResult> {
  const [sessions, verifications, rateLimits] = await Promise.all([
    db.delete(session).where(lt(session.expiresAt, now)).returning({ id: session.id }),
    db.delete(verification).where(lt(verification.expiresAt, now)).returning({ id: verification.id }),
    db
      .delete(rateLimit)
      .where(lt(rateLimit.lastRequest, now.getTime() - RATE_LIMIT_RETENTION_MS))
      .returning({ id: rateLimit.id }),
  ]);
  return { sessions: sessions.length, verifications: verifications.length, rateLimits: rateLimits.length };
}

// Any fixed number, the same in every instance: the key of the cleanup's advisory lock.
export const CLEANUP_LOCK_KEY = 7_204_531_977;

/**
 * `deleteExpiredRows` in a transaction that first takes the cleanup's advisory lock; null, and nothing
 * done, when another instance holds it. A transaction-level lock, so that it also holds behind a
 * pooler in transaction mode (a session-level lock would stay on whichever server connection took it).
 */
export async function deleteExpiredRowsOnOneInstance(
  db: Database,
  now = new Date(),
): Promise<CleanupResult | null> {
  return db.transaction(async (tx) => {
    const [lock] = await tx
      .select({ taken: sql<boolean>`pg_try_advisory_xact_lock(${CLEANUP_LOCK_KEY})` })
      .from(sql`(values (1)) as once`);
    if (!lock?.taken) return null;
    return deleteExpiredRows(tx, now);
  });
}
