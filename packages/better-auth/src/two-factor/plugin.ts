import type { BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins';
import { digestSubmittedBackupCode, hashedBackupCodes } from './backup-codes';
import { explainTwoFactorLock, twoFactorLockout } from './lockout-delay';

const SECOND_FACTOR_PATHS = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);

/**
 * better-auth's two-factor plugin (TOTP and backup codes) as the kit configures it: wrong codes have a
 * per-user limit kept in the user's two-factor row (so every instance shares it), and backup codes
 * are stored as digests. `limitAttempts` follows the auth rate limits (AUTH_RATE_LIMIT).
 */
export function twoFactorPlugin({ limitAttempts }: { limitAttempts: boolean }) {
  return twoFactor({
    issuer: 'Kit',
    accountLockout: { enabled: limitAttempts, ...twoFactorLockout },
    backupCodeOptions: { storeBackupCodes: hashedBackupCodes },
  });
}

/** The kit's additions around the two-factor endpoints: the backup code compared as a digest, the lock's delay said. */
export const twoFactorRulesPlugin: BetterAuthPlugin = {
  id: 'kit-two-factor-rules',
  hooks: {
    before: [
      {
        matcher: (ctx) => ctx.path === '/two-factor/verify-backup-code',
        handler: createAuthMiddleware(async (ctx) => digestSubmittedBackupCode(ctx)),
      },
    ],
    after: [
      {
        matcher: (ctx) => SECOND_FACTOR_PATHS.has(ctx.path ?? ''),
        handler: createAuthMiddleware(explainTwoFactorLock),
      },
    ],
  },
};
