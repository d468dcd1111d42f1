// What an admin may do through /api/auth/* while impersonating. Changes that would take the user
// away from its owner or leave the admin a way back in (email, password, two-factor, passkeys, linked
// providers, other sessions, deletion) are refused; any other
// change made over HTTP is written to the audit log with the impersonating admin. Calls the app's server
// functions make through auth.api are audited by the server-function middleware instead.
import { getDatabase } from '@kit/database';
import { recordAuditEvent } from '@kit/database/audit';
import { NOT_WHILE_IMPERSONATING } from '@kit/errors';
import { APIError, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { CLIENT_IP_HEADER } from '../client-ip';
import type { HookContext } from './hook-context';

const REFUSED_WHILE_IMPERSONATING = new Set([
  '/change-email',
  '/change-password',
  '/set-password',
  '/delete-user',
  '/revoke-sessions',
  '/revoke-other-sessions',
  '/unlink-account',
  '/link-social',
]);

/** Read-only paths and those audited elsewhere. */
const NOT_AUDITED = new Set(['/get-session', '/list-sessions', '/admin/stop-impersonating']);

function isRefused(path: string): boolean {
  return (
    REFUSED_WHILE_IMPERSONATING.has(path) ||
    path.startsWith('/two-factor/') ||
    (path.startsWith('/passkey/') &&
      path !== '/passkey/generate-authenticate-options' &&
      path !== '/passkey/verify-authentication')
  );
}

/** Before: refuses takeover changes inside an impersonation session (403, nothing changes). */
export async function refuseTakeoverWhileImpersonating(ctx: HookContext): Promise<void> {
  if (!isRefused(ctx.path)) return;
  const current = await getSessionFromCtx(ctx);
  if (!current?.session.impersonatedBy) return;
  throw new APIError('FORBIDDEN', {
    code: NOT_WHILE_IMPERSONATING,
    message:
      "While impersonating you cannot change the user's email, password, two-factor settings, passkeys, linked accounts or sessions, nor delete the account.",
  });
}

/** After: a successful HTTP call that changed something inside an impersonation session is audited. */
export async function auditImpersonatedAuthCall(ctx: HookContext): Promise<void> {
  // Only calls over HTTP: auth.api calls from server functions carry no request.
  if (ctx.request?.method !== 'POST' || NOT_AUDITED.has(ctx.path)) return;
  if (isAPIError(ctx.context.returned)) return;
  const current = ctx.context.session ?? (await getSessionFromCtx(ctx));
  const impersonatorId = current?.session.impersonatedBy;
  if (!current || !impersonatorId) return;
  await recordAuditEvent(getDatabase(), {
    action: `impersonated.auth${ctx.path.replaceAll('/', '.')}`,
    actorId: current.user.id,
    actorEmail: current.user.email,
    impersonatorId,
    targetType: 'auth-endpoint',
    targetId: ctx.path,
    ipAddress: ctx.headers?.get(CLIENT_IP_HEADER) ?? null,
    userAgent: ctx.headers?.get('user-agent') ?? null,
  });
}
