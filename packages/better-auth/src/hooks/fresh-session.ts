import { SESSION_NOT_FRESH } from '@kit/errors';
import { APIError, getSessionFromCtx } from 'better-auth/api';
import { countsAsFresh } from '../impersonation-policy';
import { NOT_FRESH_MESSAGE } from '../session-policy';
import type { HookContext } from './hook-context';

/**
 * better-auth endpoints that change the password, email, two-factor or linked accounts, or delete the
 * user. (Adding a passkey is checked by the passkey plugin itself.)
 */
const SENSITIVE_PATHS = new Set([
  '/change-password',
  '/change-email',
  '/delete-user',
  '/two-factor/enable',
  '/two-factor/disable',
  '/two-factor/generate-backup-codes',
  '/link-social',
  '/unlink-account',
  '/passkey/delete-passkey',
]);

/** These need a session younger than the fresh age; the UI then asks for the password again. */
export async function requireFreshSessionFor(ctx: HookContext): Promise<void> {
  if (!SENSITIVE_PATHS.has(ctx.path)) return;
  const current = await getSessionFromCtx(ctx);
  if (!current) return; // the endpoint answers 401 itself
  if (!countsAsFresh(current.session)) {
    throw new APIError('FORBIDDEN', { code: SESSION_NOT_FRESH, message: NOT_FRESH_MESSAGE });
  }
}
