import { peekSession } from '@kit/better-auth/context';
import type { AuthSession } from '@kit/better-auth/server';
import { logger, scrubText } from '@kit/logger';

const SERVER_FN_PREFIX = '/_serverFn/';

export interface RequestRoute {
  method: string;
  /** The path, with tokens in it (a password-reset link) redacted; absent for a server function. */
  path?: string;
  /** The server function's id (`features.admin.admin.functions.fetchAdminUsers`). */
  fn?: string;
}

/** What a log line or span calls the request: its method and path, or the server function it calls. */
export function describeRequest(request: Request): RequestRoute {
  // The query string is left out: it carries tokens (verify-email?token=…, magic links, callbacks).
  const { pathname } = new URL(request.url);
  return pathname.startsWith(SERVER_FN_PREFIX)
    ? { method: request.method, fn: decodeURIComponent(pathname.slice(SERVER_FN_PREFIX.length)) }
    : { method: request.method, path: scrubText(pathname) };
}

/**
 * One line per request: who asked (when the request looked it up, or the `session` it answered with),
 * what, the status and how long it took.
 */
export function logRequest(
  request: Request,
  route: RequestRoute,
  {
    requestId,
    status,
    startedAt,
    session = peekSession(request),
  }: { requestId: string; status: number; startedAt: number; session?: AuthSession | null },
): void {
  const fields = {
    reqId: requestId,
    ...route,
    status,
    durationMs: Math.round(performance.now() - startedAt),
    ...(session ? { userId: session.user.id, orgId: session.session.activeOrganizationId ?? undefined } : {}),
  };
  if (status >= 500) logger.error(fields, 'request');
  else logger.info(fields, 'request');
}
