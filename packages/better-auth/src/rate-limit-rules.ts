import { signInLockout } from './hooks/sign-in-lockout';

/**
 * Per-IP limits of the auth endpoints (window in seconds). They stop floods from one address; guessing
 * one account's password is stopped by the per-account lockout (hooks/sign-in-lockout.ts) instead, so
 * these can stay loose enough for offices and test suites behind one address.
 */
export const authRateLimitRules = {
  '/sign-in/email': { window: 60, max: 20 },
  '/sign-up/email': { window: 10 * 60, max: 20 },
  '/request-password-reset': { window: 10 * 60, max: 10 },
  '/send-verification-email': { window: 10 * 60, max: 10 },
  '/two-factor/verify-totp': { window: 60, max: 10 },
  '/two-factor/verify-backup-code': { window: 60, max: 10 },
  // better-auth sweeps rate-limit rows older than the longest window among these rules, and the account
  // locks share its table: this rule (a sensible one for reset links anyway) makes that window the
  // lockout's, so a lock is never swept before its 15 minutes are up.
  '/reset-password': { window: signInLockout.windowSeconds, max: 10 },
};
