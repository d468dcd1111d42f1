import { signInLockout } from './hooks/sign-in-lockout';

/**
 * Per-IP limits of the auth endpoints (window in seconds). They stop floods from one address; guessing
 * one user's password is stopped by the per-user lockout (hooks/sign-in-lockout.ts) instead, so
 * these can stay loose enough for offices and test suites behind one address. Endpoints not listed keep
 * better-auth's defaults (change-password and change-email: 3 per 10 s; others 100 per 10 s).
 */
export const authRateLimitRules = {
  // Reading one's own session is never limited and costs no bookkeeping: pages read it constantly.
  '/get-session': false as const,
  '/sign-in/email': { window: 60, max: 20 },
  '/sign-up/email': { window: 10 * 60, max: 20 },
  '/request-password-reset': { window: 10 * 60, max: 10 },
  // A sign-in link is a reset link by another name: the same limits.
  '/sign-in/magic-link': { window: 10 * 60, max: 10 },
  '/magic-link/verify': { window: signInLockout.windowSeconds, max: 10 },
  '/sign-in/social': { window: 60, max: 20 },
  '/sign-in/oauth2': { window: 60, max: 20 },
  '/passkey/verify-authentication': { window: 60, max: 20 },
  '/send-verification-email': { window: 10 * 60, max: 10 },
  '/two-factor/verify-totp': { window: 60, max: 10 },
  '/two-factor/verify-backup-code': { window: 60, max: 10 },
  // Reset links, as many tries as the sign-in lockout allows in its window. (The per-user locks share the
  // rate-limit table; the cleanup job keeps every row an hour, longer than any of these windows.)
  '/reset-password': { window: signInLockout.windowSeconds, max: 10 },
};
