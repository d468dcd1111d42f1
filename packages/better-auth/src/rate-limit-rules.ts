/** Per-IP limits of the auth endpoints (window in seconds), on top of better-auth's defaults. */
export const authRateLimitRules = {
  '/sign-in/email': { window: 60, max: 10 },
  '/sign-up/email': { window: 60 * 60, max: 10 },
  '/request-password-reset': { window: 60 * 60, max: 5 },
  '/send-verification-email': { window: 60 * 60, max: 5 },
  '/two-factor/verify-totp': { window: 60, max: 5 },
  '/two-factor/verify-backup-code': { window: 60, max: 5 },
};
