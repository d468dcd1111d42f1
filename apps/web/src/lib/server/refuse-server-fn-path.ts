import { scrubText } from '@kit/logger';
import { createRequestValues } from './request-context';
import { logRequest } from './request-log';
import { baseSecurityHeaders } from './security-headers';
import { noSuchServerFunction } from './server-fn-id';

/**
 * A path under the server-function base that is no function's own, refused before Start reads it: a 404
 * with a request id, and its log line like any other request's. Loaded with the first such request.
 */
export function refuseServerFunctionPath(request: Request): Response {
  const startedAt = performance.now();
  const { requestId } = createRequestValues(request);
  // The path as it came (no function is named: decoding it could even fail).
  const route = { method: request.method, path: scrubText(new URL(request.url).pathname) };
  logRequest(request, route, { requestId, status: 404, startedAt, session: null });
  return noSuchServerFunction({ ...baseSecurityHeaders(), 'X-Request-Id': requestId });
}
