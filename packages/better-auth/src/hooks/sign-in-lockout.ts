// Per-user sign-in lockout, stored in the database so that every app instance shares it: a run of
// failed sign-ins locks that email's sign-in for a while, whatever IP the attempts come from. An unknown
// email is counted and locked exactly like a known one, so the lock reveals nothing.
//
// Each attempt is counted BEFORE the password is checked, in one statement, so that parallel attempts
// cannot all slip in under the limit; attempts that turn out not to be failures give their count back.
// The count covers the whole sign-in: a right password of a user with two-factor on keeps its count until the
// second factor passes, so the password alone cannot open fresh two-factor prompts without end.
import { createHash } from 'node:crypto';
import { getDatabase } from '@kit/database';
import { clearAllowance, consumeAllowance, releaseAllowance } from '@kit/database/rate-limits';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { HookContext } from './hook-context';

export const signInLockout = {
  /** Failed sign-ins allowed inside the window; the next one is refused until the window ends. */
  maxFailures: 5,
  windowSeconds: 15 * 60,
} as const;

const SIGN_IN_PATH = '/sign-in/email';
/** The second-factor steps that end a two-factor sign-in by opening its session. */
const SECOND_FACTOR_PATHS = new Set([
  '/two-factor/verify-totp',
  '/two-factor/verify-backup-code',
  '/two-factor/verify-otp',
]);
const LOCKED_CODE = 'TOO_MANY_FAILED_SIGN_INS';

function lockKeyOfEmail(email: string): string {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return `sign-in-failures:${digest}`;
}

function lockKey(body: unknown): string | undefined {
  const email = body && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
  if (typeof email !== 'string' || !email.trim()) return undefined;
  return lockKeyOfEmail(email);
}

/** Before a sign-in: count the attempt; refuse with 429 and Retry-After while the user is locked out. */
export async function refuseLockedSignIn(ctx: HookContext): Promise<void> {
  if (ctx.path !== SIGN_IN_PATH) return;
  const key = lockKey(ctx.body);
  if (!key) return;
  const allowance = await consumeAllowance(getDatabase(), key, {
    max: signInLockout.maxFailures,
    windowSeconds: signInLockout.windowSeconds,
  });
  if (allowance.allowed) return;
  const retryAfter = String(allowance.retryAfterSeconds);
  throw new APIError(
    'TOO_MANY_REQUESTS',
    {
      code: LOCKED_CODE,
      message: `Too many failed sign-ins for this email address. Try again in ${Math.ceil(allowance.retryAfterSeconds / 60)} minutes, or reset your password.`,
    },
    { 'Retry-After': retryAfter, 'X-Retry-After': retryAfter },
  );
}

/**
 * After a sign-in step: a session opened clears the count; a wrong password keeps it; a right password
 * that leads to the second factor keeps it too; anything else gives it back.
 */
async function countSignInOutcome(ctx: HookContext): Promise<void> {
  const opened = ctx.context.newSession;
  if (SECOND_FACTOR_PATHS.has(ctx.path)) {
    if (opened && !isAPIError(ctx.context.returned)) await clearSignInLockout(opened.user.email);
    return;
  }
  const key = lockKey(ctx.body);
  if (!key) return;
  const returned = ctx.context.returned;
  if (!isAPIError(returned)) {
    if (opened) await clearAllowance(getDatabase(), key);
    return;
  }
  if (returned.statusCode === 401 || returned.statusCode === 429) return;
  await releaseAllowance(getDatabase(), key);
}

/**
 * Counts the outcome of each sign-in step. A plugin listed after the two-factor plugin, so that it sees
 * whether a session was really opened or the two-factor plugin took it back to ask for a code.
 */
export function signInLockoutPlugin(): BetterAuthPlugin {
  return {
    id: 'kit-sign-in-lockout',
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH || SECOND_FACTOR_PATHS.has(ctx.path ?? ''),
          handler: createAuthMiddleware(countSignInOutcome),
        },
      ],
    },
  };
}

/** A password reset proves the user: their sign-in is unlocked. */
export async function clearSignInLockout(email: string): Promise<void> {
  await clearAllowance(getDatabase(), lockKeyOfEmail(email));
}
