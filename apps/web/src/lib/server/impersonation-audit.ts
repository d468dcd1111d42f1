import { getSession } from '@kit/better-auth/context';
import { createMiddleware } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { currentClientIp } from './client-ip';
import { mutatingServerFunctionIdOf } from './server-fn-id';

/**
 * Audited by better-auth's hook instead. The id of `stopImpersonating` in
 * features/admin/user-actions.functions.ts: if it moves, stopping is audited twice, never skipped.
 */
const STOP_IMPERSONATING_ID = 'features.admin.user-actions.functions.stopImpersonating';

/**
 * Every mutation (POST server function) that succeeds inside an impersonation session is written to the
 * audit log with the admin who impersonated. Stopping the impersonation is audited by better-auth's hook.
 */
export const impersonationAuditMiddleware = createMiddleware({ type: 'function' }).server(
  async ({ next }) => {
    const result = await next();
    const request = getRequest();
    const functionId = mutatingServerFunctionIdOf(request);
    if (!functionId || functionId === STOP_IMPERSONATING_ID) return result;
    const session = await getSession(request);
    const impersonatorId = session?.session.impersonatedBy;
    if (session && impersonatorId) {
      const [{ getDatabase }, { recordAuditEvent }] = await Promise.all([
        import('@kit/database'),
        import('@kit/database/audit'),
      ]);
      await recordAuditEvent(getDatabase(), {
        action: `impersonated.${functionId.split('.').at(-1)}`,
        actorId: session.user.id,
        actorEmail: session.user.email,
        impersonatorId,
        targetType: 'server-function',
        targetId: functionId,
        ipAddress: currentClientIp() ?? null,
        userAgent: request.headers.get('user-agent'),
      });
    }
    return result;
  },
);
