// Per-account sign-in lockout, stored in the database so that every app instance shares it: a run of
// failed sign-ins locks that email's sign-in for a while, whatever IP the attempts come from. An unknown
// email is counted and locked exactly like a known one, so the lock reveals nothing.
import { createHash } from 'node:crypto';
import { getDatabase } from '@kit/database';
import { rateLimit } from '@kit/database/schema';
import { APIError, isAPIError } from 'better-auth/api';
import { eq, lt, sql } from 'drizzle-orm';
import type { HookContext } from './hook-context';

export const signInLockout = {
  /** Failed sign-ins allowed inside the window; the next one is refused until the window ends. */
  maxFailures: 5,
  windowSeconds: 15 * 60,
} as const;

const SIGN_IN_PATH = '/sign-in/email';

function lockKey(body: unknown): string | undefined {
  const email = body && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
  if (typeof email !== 'string' || !email.trim()) return undefined;
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return `sign-in-failures:${digest}`;
}

/** Before a sign-in: refuse with 429 and Retry-After while the account is locked. */
export async function refuseLockedSignIn(ctx: HookContext): Promise<void> {
  if (ctx.path !== SIGN_IN_PATH) return;
  const key = lockKey(ctx.body);
  if (!key) return;
  const [row] = await getDatabase().select().from(rateLimit).where(eq(rateLimit.key, key));
  if (!row || row.count < signInLockout.maxFailures) return;
  const retryAfterMs = row.lastRequest + signInLockout.windowSeconds * 1000 - Date.now();
  if (retryAfterMs <= 0) return;
  const retryAfter = String(Math.ceil(retryAfterMs / 1000));
  throw new APIError(
    'TOO_MANY_REQUESTS',
    {
      code: 'TOO_MANY_FAILED_SIGN_INS',
      message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfterMs / 60_000)} minutes, or reset your password.`,
    },
    { 'Retry-After': retryAfter, 'X-Retry-After': retryAfter },
  );
}

/** After a sign-in: count a wrong password (or unknown email); clear the count on success. */
export async function countSignInFailure(ctx: HookContext): Promise<void> {
  if (ctx.path !== SIGN_IN_PATH) return;
  const key = lockKey(ctx.body);
  if (!key) return;
  const returned = ctx.context.returned;
  const db = getDatabase();
  if (!isAPIError(returned)) {
    await db.delete(rateLimit).where(eq(rateLimit.key, key));
    return;
  }
  if (returned.statusCode !== 401) return;
  const now = Date.now();
  const windowStart = now - signInLockout.windowSeconds * 1000;
  // One statement, so that concurrent failures on several instances all count.
  await db
    .insert(rateLimit)
    .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${lt(rateLimit.lastRequest, windowStart)} then 1 else ${rateLimit.count} + 1 end`,
        lastRequest: sql`case when ${lt(rateLimit.lastRequest, windowStart)} then ${now} else ${rateLimit.lastRequest} end`,
      },
    });
}
