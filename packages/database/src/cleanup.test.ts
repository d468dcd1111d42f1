import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredRows, RATE_LIMIT_RETENTION_MS } from './cleanup';
import { createDatabase, type DatabaseHandle } from './client';
import { rateLimit, session, verification } from './schema';
import { createTestUser } from './testing/factories';

describe('deleteExpiredRows', () => {
  let handle: DatabaseHandle;
  beforeAll(() => {
    handle = createDatabase({ url: process.env.DATABASE_URL, maxConnections: 2 });
  });
  afterAll(() => handle.close());

  it('removes expired sessions, verification tokens and old counters, and keeps everything still in force', async () => {
    const { db } = handle;
    const now = new Date();
    const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
    const user = await createTestUser(db);
    const sessionRow = (id: string, expiresAt: Date) => ({
      id,
      token: `token-${id}`,
      userId: user.id,
      expiresAt,
    });
    await db.insert(session).values([sessionRow('expired', minutes(-1)), sessionRow('live', minutes(60))]);
    await db.insert(verification).values([
      { id: 'v-expired', identifier: 'reset', value: 'x', expiresAt: minutes(-5) },
      { id: 'v-live', identifier: 'reset', value: 'y', expiresAt: minutes(5) },
    ]);
    const ago = (ms: number) => now.getTime() - ms;
    await db.insert(rateLimit).values([
      { id: 'r-old', key: 'ip|/sign-in/email', count: 3, lastRequest: ago(RATE_LIMIT_RETENTION_MS + 1000) },
      // A per-user lockout 14 minutes into its 15: it still refuses sign-ins and must stay.
      { id: 'r-lock', key: 'sign-in-failures:abc', count: 5, lastRequest: ago(14 * 60_000) },
    ]);

    expect(await deleteExpiredRows(db, now)).toEqual({ sessions: 1, verifications: 1, rateLimits: 1 });

    const left = async <T extends { id: unknown }>(rows: Promise<T[]>) => (await rows).map((row) => row.id);
    expect(
      await left(
        db
          .select({ id: session.id })
          .from(session)
          .where(inArray(session.id, ['expired', 'live'])),
      ),
    ).toEqual(['live']);
    expect(await left(db.select({ id: verification.id }).from(verification))).toEqual(['v-live']);
    expect(await left(db.select({ id: rateLimit.id }).from(rateLimit))).toEqual(['r-lock']);
  });
});
