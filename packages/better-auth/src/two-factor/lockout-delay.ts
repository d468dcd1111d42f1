import { getDatabase } from '@kit/database';
import { twoFactor } from '@kit/database/schema';
import { APIError, isAPIError } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import type { HookContext } from '../hooks/hook-context';

/** Per-user limit of wrong second-factor codes at sign-in (better-auth's `accountLockout`). */
export const twoFactorLockout = {
  maxFailedAttempts: 5,
  durationSeconds: 10 * 60,
} as const;

const LOCKED_CODE = 'ACCOUNT_TEMPORARILY_LOCKED';
const TWO_FACTOR_COOKIE = 'two_factor';

/** The user a pending two-factor sign-in belongs to, from its signed cookie. */
async function pendingSignInUserId(ctx: HookContext): Promise<string | undefined> {
  const cookie = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE);
  const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!identifier) return undefined;
  const pending = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return pending?.value;
}

/**
 * After a second-factor step that better-auth refused because the user is locked out: say for how long,
 * in the message and in Retry-After, like the other limits.
 */
export async function explainTwoFactorLock(ctx: HookContext): Promise<void> {
  const returned = ctx.context.returned;
  if (!isAPIError(returned) || returned.statusCode !== 429 || returned.body?.code !== LOCKED_CODE) return;
  const userId = await pendingSignInUserId(ctx);
  if (!userId) return;
  const [row] = await getDatabase()
    .select({ lockedUntil: twoFactor.lockedUntil })
    .from(twoFactor)
    .where(eq(twoFactor.userId, userId));
  const seconds = Math.ceil(((row?.lockedUntil?.getTime() ?? Date.now()) - Date.now()) / 1000);
  if (seconds <= 0) return;
  const retryAfter = String(seconds);
  throw new APIError(
    'TOO_MANY_REQUESTS',
    {
      code: LOCKED_CODE,
      message: `Too many wrong codes for this email address. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    },
    { 'Retry-After': retryAfter, 'X-Retry-After': retryAfter },
  );
}
