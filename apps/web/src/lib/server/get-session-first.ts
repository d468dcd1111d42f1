import { answerGetSession, type GetSessionAnswer } from '@kit/better-auth/get-session-answer';
import { inSpan, logger } from '@kit/logger';
import { FastResponse } from 'srvx';
import { createRequestValues } from './request-context';
import { describeRequest, logRequest } from './request-log';
import { securityHeaders } from './security-headers';

/**
 * A plain `GET /api/auth/get-session` (the read every client polls), answered by the server entry before
 * Start's router and request middleware, which cost several times the session read itself. The answer
 * carries what that middleware (start.ts) would add: the security headers, an X-Request-Id, a log line
 * and a span. Whenever only better-auth can answer the same (answerGetSession returns null), and when the
 * read fails, the request goes on to Start (`fallThrough`), whose middleware logs it as usual (with
 * tracing on, its request span then hangs from this one, beside the statement this read made).
 */
export function answerGetSessionFirst(
  request: Request,
  fallThrough: () => Response | Promise<Response>,
): Promise<Response> {
  const startedAt = performance.now();
  const { requestId, nonce } = createRequestValues(request);
  const route = describeRequest(request);
  const attributes = {
    'http.request.method': route.method,
    'url.path': route.path,
    'kit.request_id': requestId,
  };
  return inSpan(`${route.method} ${route.path}`, attributes, async (span) => {
    let answered: GetSessionAnswer | null = null;
    try {
      answered = await answerGetSession(request);
    } catch (error) {
      logger.warn({ err: error, reqId: requestId }, 'get-session read failed; better-auth answers instead');
    }
    if (!answered) return fallThrough();
    span?.setAttribute('http.response.status_code', 200);
    logRequest(request, route, { requestId, status: 200, startedAt, session: answered.session });
    // srvx's Response writes a string body to the socket as it is; a plain Response goes through a stream.
    return new FastResponse(answered.body, {
      headers: { ...answered.headers, ...securityHeaders(nonce), 'X-Request-Id': requestId },
    });
  });
}
