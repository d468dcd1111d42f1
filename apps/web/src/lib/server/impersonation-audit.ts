import { getSession } from '@kit/better-auth/context';
import { getDatabase } from '@kit/database';
import { recordAuditEvent } from '@kit/database/audit';
import { createMiddleware } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { currentClientIp } from './client-ip';

const SERVER_FN_PREFIX = '/_serverFn/';

/**
 * Every mutation (POST server function) that succeeds inside an impersonation session is written to the
 * audit log with the admin who impersonated. Stopping the impersonation is audited by better-auth's hook.
 */
export const impersonationAuditMiddleware = createMiddleware({ type: 'function' }).server(
  async ({ next }) => {
    const result = await next();
    const request = getRequest();
    const { pathname } = new URL(request.url);
    if (request.method !== 'POST' || !pathname.startsWith(SERVER_FN_PREFIX)) return result;
    const functionId = decodeURIComponent(pathname.slice(SERVER_FN_PREFIX.length));
    if (functionId.endsWith('.stopImpersonating')) return result;
    const session = await getSession(request);
    const impersonatorId = session?.session.impersonatedBy;
    if (session && impersonatorId) {
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
